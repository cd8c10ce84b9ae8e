package claims.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared corpus is: the {@code claims.shared} system property (surefire sets it to {@code ../shared}
 * beside the project), else {@code ../../../shared} from this module's folder. Tests that need it skip when it
 * is absent.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    static Path root() {
        String property = System.getProperty("claims.shared");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        return Path.of("../../../shared").toAbsolutePath().normalize();
    }

    static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
