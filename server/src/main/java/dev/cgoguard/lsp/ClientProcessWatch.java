package dev.cgoguard.lsp;

import java.util.Optional;

/**
 * Ends the session when the client's process ends (InitializeParams.processId), so that a crashed
 * editor leaves no server behind. Uses {@link ProcessHandle}; starts no process.
 */
final class ClientProcessWatch {
    private ClientProcessWatch() {
    }

    /**
     * Calls {@code onExit} once the process ends. Returns false (and watches nothing) when no such
     * process is visible, as happens when the client runs in another PID namespace.
     */
    static boolean watch(Integer processId, Runnable onExit) {
        if (processId == null || processId <= 0) {
            return false;
        }
        Optional<ProcessHandle> handle;
        try {
            handle = ProcessHandle.of(processId);
        } catch (SecurityException | UnsupportedOperationException e) {
            return false;
        }
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        if (handle.get().equals(ProcessHandle.current())) {
            return true; // an in-process client: its end is ours
        }
        try {
            handle.get().onExit().thenRun(onExit);
        } catch (IllegalStateException e) {
            return false;
        }
        return true;
    }
}
