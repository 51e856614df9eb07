package dev.keel.domain.autopack.storage;

/**
 * The order a scan walks its tree: depth first, the entries of a directory sorted by name (String order), a
 * directory before its contents. A relative path's place in that order is the comparison of its '/'-separated
 * components, so a resumed walk can skip, without reading them, the directories it has finished.
 */
public final class WalkOrder {
    private WalkOrder() {
    }

    /** Negative when {@code a} is walked before {@code b}. */
    public static int compare(String a, String b) {
        String[] x = a.isEmpty() ? new String[0] : a.split("/");
        String[] y = b.isEmpty() ? new String[0] : b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** True when the directory's whole subtree was walked before {@code cursor} (null: nothing walked yet). */
    public static boolean subtreeDone(String directory, String cursor) {
        if (cursor == null) {
            return false;
        }
        boolean ancestorOfCursor = cursor.equals(directory) || cursor.startsWith(directory + "/");
        return !ancestorOfCursor && compare(directory, cursor) < 0;
    }

    /** True when the entry was counted before {@code cursor} (or is the cursor itself). */
    public static boolean done(String path, String cursor) {
        return cursor != null && compare(path, cursor) <= 0;
    }
}
