package claims.local;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's files are: the working directory if template.yaml is there, else the jar's checkout. */
final class Project {

    static final String BUCKET = "claims-articles-local";

    private Project() {
    }

    static Path root() {
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isRegularFile(cwd.resolve("template.yaml"))) {
            return cwd;
        }
        try {
            // infra/local/target/claims-local.jar
            Path jar = Path.of(Project.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = jar.getParent().getParent().getParent().getParent();
            if (root != null && Files.isRegularFile(root.resolve("template.yaml"))) {
                return root;
            }
        } catch (URISyntaxException | NullPointerException e) {
            // fall through to the error
        }
        throw new IllegalStateException("can't find template.yaml: run this from the project's root directory");
    }

    static Path template(Path root) {
        return root.resolve("template.yaml");
    }

    static Path envFile(Path root) {
        return root.resolve("infra/env/sam-local.json");
    }
}
