package claims.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Token positions where a later attribution of a sentence begins; content stops there. Sorted, so each look-up
 * is a binary search however many cues a (pathologically long) sentence holds.
 */
final class Cuts {

    private final int[] at;
    /** one more cut, for one cue only (a verb coordinated with it), or -1 */
    private final int extra;

    Cuts(List<Integer> positions) {
        this(positions.stream().mapToInt(Integer::intValue).sorted().distinct().toArray(), -1);
    }

    private Cuts(int[] at, int extra) {
        this.at = at;
        this.extra = extra;
    }

    /** These cuts and one more. */
    Cuts with(int cut) {
        return new Cuts(at, cut);
    }

    /** The first cut after {@code k}, or {@code limit} if there is none before it. */
    int after(int k, int limit) {
        int i = Arrays.binarySearch(at, k + 1);
        if (i < 0) {
            i = -i - 1;
        }
        int first = i < at.length && at[i] < limit ? at[i] : limit;
        return extra > k && extra < first ? extra : first;
    }

    /** The last cut at or before {@code k}, or {@code floor} if there is none after it. */
    int atOrBefore(int k, int floor) {
        int i = Arrays.binarySearch(at, k);
        if (i < 0) {
            i = -i - 2;
        }
        return i >= 0 && at[i] > floor ? at[i] : floor;
    }

    boolean contains(int k) {
        return Arrays.binarySearch(at, k) >= 0;
    }
}
