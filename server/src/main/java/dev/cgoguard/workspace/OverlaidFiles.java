package dev.cgoguard.workspace;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;

/**
 * The files of a snapshot with some replaced or added, as an unmodifiable view in path order that
 * reads through to the snapshot's map. An editor lays its few open documents over thousands of
 * files on disk for every analysis; the view costs what the open documents cost, not a copy.
 */
final class OverlaidFiles extends AbstractMap<String, WorkspaceFile> {
    private final SortedMap<String, WorkspaceFile> base;
    private final SortedMap<String, WorkspaceFile> replaced;
    private final int size;

    /** Both maps in natural path order; neither is changed afterwards. */
    OverlaidFiles(SortedMap<String, WorkspaceFile> base, SortedMap<String, WorkspaceFile> replaced) {
        this.base = base;
        this.replaced = replaced;
        int added = 0;
        for (String path : replaced.keySet()) {
            if (!base.containsKey(path)) {
                added++;
            }
        }
        this.size = base.size() + added;
    }

    SortedMap<String, WorkspaceFile> replaced() {
        return replaced;
    }

    @Override
    public WorkspaceFile get(Object path) {
        WorkspaceFile file = replaced.get(path);
        return file != null ? file : base.get(path);
    }

    @Override
    public boolean containsKey(Object path) {
        return replaced.containsKey(path) || base.containsKey(path);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, WorkspaceFile>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, WorkspaceFile>> iterator() {
                return new Merged(base.entrySet().iterator(), replaced.entrySet().iterator());
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The two entry sequences merged by path; where both hold a path, the replacement wins. */
    private static final class Merged implements Iterator<Entry<String, WorkspaceFile>> {
        private final Iterator<Entry<String, WorkspaceFile>> base;
        private final Iterator<Entry<String, WorkspaceFile>> replaced;
        private Entry<String, WorkspaceFile> nextBase;
        private Entry<String, WorkspaceFile> nextReplaced;

        Merged(Iterator<Entry<String, WorkspaceFile>> base, Iterator<Entry<String, WorkspaceFile>> replaced) {
            this.base = base;
            this.replaced = replaced;
            nextBase = advance(base);
            nextReplaced = advance(replaced);
        }

        private static Entry<String, WorkspaceFile> advance(Iterator<Entry<String, WorkspaceFile>> it) {
            return it.hasNext() ? it.next() : null;
        }

        @Override
        public boolean hasNext() {
            return nextBase != null || nextReplaced != null;
        }

        @Override
        public Entry<String, WorkspaceFile> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Entry<String, WorkspaceFile> out;
            int order = nextBase == null ? 1 : nextReplaced == null ? -1 : nextBase.getKey().compareTo(nextReplaced.getKey());
            if (order < 0) {
                out = nextBase;
                nextBase = advance(base);
            } else {
                out = nextReplaced;
                nextReplaced = advance(replaced);
                if (order == 0) {
                    nextBase = advance(base);
                }
            }
            return Map.entry(out.getKey(), out.getValue());
        }
    }
}
