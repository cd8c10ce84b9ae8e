package claims.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequencerTest {

    @Test
    void comparesAsS3SaysRightPaddedWithZeros() {
        assertTrue(new Sequencer("0055AED6DCD90281E5").compareTo(new Sequencer("0055AED6DCD90281E6")) < 0);
        assertTrue(new Sequencer("0055aed6dcd90281e5").compareTo(new Sequencer("0055AED6DCD90281E5")) == 0);
        assertTrue(new Sequencer("0056").compareTo(new Sequencer("0055FFFFFFFF")) > 0);
        assertTrue(new Sequencer("0055").compareTo(new Sequencer("005500")) == 0);
    }

    @Test
    void rejectsWhatIsNotASequencer() {
        assertThrows(IllegalArgumentException.class, () -> new Sequencer(null));
        assertThrows(IllegalArgumentException.class, () -> new Sequencer(""));
        assertThrows(IllegalArgumentException.class, () -> new Sequencer("xyz"));
        assertThrows(IllegalArgumentException.class, () -> new Sequencer("0".repeat(41)));
        assertThrows(IllegalArgumentException.class, () -> new Sequencer("\u0661\u0662"), "Arabic-Indic digits");
    }
}
