package dev.cgoguard.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registered file kinds: the Go sources the core reads itself, then each {@link FileKindSupport}
 * in the order {@code META-INF/services/dev.cgoguard.workspace.FileKindSupport} lists them. A file
 * is of the first kind that names it; an extensionless file with a shell shebang is of the first
 * kind that takes such scripts.
 */
public final class FileKinds {
    private static final class Registered {
        static final List<FileKindSupport> SUPPORTS = load();
        static final List<FileKind> KINDS = kinds(SUPPORTS);
        static final ClassValue<List<?>> BY_CAPABILITY = new ClassValue<>() {
            @Override
            protected List<?> computeValue(Class<?> capability) {
                return SUPPORTS.stream().filter(capability::isInstance).toList();
            }
        };
    }

    private FileKinds() {
    }

    /** Every registered support, in registration order. */
    public static List<FileKindSupport> supports() {
        return Registered.SUPPORTS;
    }

    /**
     * The registered supports that implement {@code capability} (a later stage's interface): found
     * once per capability, as a planner asks for every file of a workspace.
     */
    @SuppressWarnings("unchecked")
    public static <T> List<T> supports(Class<T> capability) {
        return (List<T>) Registered.BY_CAPABILITY.get(capability);
    }

    /** The support of a file kind that implements {@code capability}, if any. */
    public static <T> Optional<T> support(FileKind kind, Class<T> capability) {
        return Registered.SUPPORTS.stream().filter(s -> s.fileKinds().contains(kind)).filter(capability::isInstance)
                .map(capability::cast).findFirst();
    }

    /** Every kind cgoguard reads, Go sources first. */
    public static List<FileKind> all() {
        return Registered.KINDS;
    }

    /** The kind with this id, if registered. */
    public static Optional<FileKind> byId(String id) {
        return Registered.KINDS.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    static FileKind classify(String relPath, String firstLine) {
        for (FileKind kind : Registered.KINDS) {
            if (kind.matchesName(relPath)) {
                return kind;
            }
        }
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        if (!name.contains(".") && FileKind.isShellShebang(firstLine)) {
            for (FileKind kind : Registered.KINDS) {
                if (kind.shellShebang()) {
                    return kind;
                }
            }
        }
        return FileKind.OTHER;
    }

    private static List<FileKindSupport> load() {
        List<FileKindSupport> supports = new ArrayList<>();
        ServiceLoader.load(FileKindSupport.class, FileKinds.class.getClassLoader()).forEach(supports::add);
        return List.copyOf(supports);
    }

    private static List<FileKind> kinds(List<FileKindSupport> supports) {
        List<FileKind> kinds = new ArrayList<>(List.of(FileKind.GO, FileKind.GO_MOD, FileKind.GO_WORK));
        for (FileKindSupport support : supports) {
            for (FileKind kind : support.fileKinds()) {
                if (kinds.stream().anyMatch(k -> k.id().equals(kind.id()))) {
                    throw new IllegalStateException("two file kinds are registered as " + kind.id());
                }
                kinds.add(kind);
            }
        }
        return List.copyOf(kinds);
    }
}
