package claims.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Which attributions' contents hold a token: for nested attributions ("Yonhap stated that the minister
 * accused ...") and for the speaker of an "I" inside a quotation. Contents are sorted by start, and no content
 * is longer than {@link AttributionFinder#MAX_CONTENT}, so a look-up reads only the contents near the token.
 */
final class Nesting {

    private final List<Attribution> attributions;
    private final Integer[] byStart;
    private final int[] starts;

    Nesting(List<Attribution> attributions) {
        this.attributions = attributions;
        byStart = new Integer[attributions.size()];
        for (int k = 0; k < byStart.length; k++) {
            byStart[k] = k;
        }
        Arrays.sort(byStart, Comparator.comparingInt(k -> attributions.get(k).content().first()));
        starts = new int[byStart.length];
        for (int k = 0; k < byStart.length; k++) {
            starts[k] = attributions.get(byStart[k]).content().first();
        }
    }

    /** The indices of the attributions whose content holds {@code token}. */
    List<Integer> holding(int token) {
        List<Integer> out = new ArrayList<>();
        int i = Arrays.binarySearch(starts, token - AttributionFinder.MAX_CONTENT);
        if (i < 0) {
            i = -i - 1;
        }
        while (i > 0 && starts[i - 1] >= token - AttributionFinder.MAX_CONTENT) {
            i--;
        }
        for (; i < starts.length && starts[i] <= token; i++) {
            if (attributions.get(byStart[i]).content().contains(token)) {
                out.add(byStart[i]);
            }
        }
        return out;
    }
}
