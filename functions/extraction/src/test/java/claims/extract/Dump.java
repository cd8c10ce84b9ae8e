package claims.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the claims of one article, for reading by eye: {@code java -cp ... claims.extract.Dump FILE}. */
final class Dump {

    private Dump() {
    }

    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]));
        for (Claim c : new ClaimExtractor().extract(text)) {
            System.out.printf("%-8s %-8s cue[%s] claimant[%s | %s | %s] via%s%n   content[%s]%n   hedges%s about%s qty%s%n",
                    c.stance(), c.form(), c.cue().text(),
                    c.claimant() == null ? "-" : c.claimant().name(),
                    c.claimant() == null ? "-" : c.claimant().role(),
                    c.claimant() == null || c.claimant().mention() == null ? "-" : c.claimant().mention().text(),
                    c.via(), c.content().text(), c.hedges(), c.about(), c.quantities());
        }
    }
}
