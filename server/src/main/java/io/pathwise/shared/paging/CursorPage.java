package io.pathwise.shared.paging;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One page of a list and the cursor that fetches the next one ({@code null} on the last page).
 *
 * @param items the page's items, in list order
 * @param nextCursor pass as {@code cursor} to get the following page; absent when there is none
 */
public record CursorPage<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from rows fetched with {@code limit + 1}: the extra row only says that more
     * exist, and the last returned row's id becomes the cursor.
     */
    public static <T> CursorPage<T> of(List<T> fetched, PageRequest request, Function<T, UUID> idOf) {
        if (fetched.size() <= request.limit()) {
            return new CursorPage<>(List.copyOf(fetched), null);
        }
        List<T> page = List.copyOf(fetched.subList(0, request.limit()));
        return new CursorPage<>(page, Cursor.encode(idOf.apply(page.get(page.size() - 1))));
    }
}
