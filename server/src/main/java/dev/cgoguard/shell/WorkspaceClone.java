package dev.cgoguard.shell;

import dev.cgoguard.condition.Condition;

/**
 * A clone of the workspace's own repository that a script made: the folder it created (resolved
 * against the working directory then; null when that directory was not known), the folder as the
 * clone command named it, the count of directory changes at that moment (an unknown directory is
 * only the same one while the script has not changed directory since), and the condition under
 * which its files are the workspace's: that the revision it checks out is the one in the workspace.
 */
record WorkspaceClone(String folder, String name, int directoryChanges, Condition condition) {

    /**
     * Where {@code cd target} from {@code current} lands inside this clone, as a workspace path
     * ({@code ""} for its root); null when it does not land inside it.
     */
    String workspacePath(String current, int changesNow, String target) {
        if (target == null) {
            return null;
        }
        String landed;
        String root;
        if (folder != null) {
            landed = WorkingDirectory.resolve(current, target);
            root = folder;
        } else if (current == null && changesNow == directoryChanges && !target.startsWith("/")) {
            landed = WorkingDirectory.resolve("", target);
            root = WorkingDirectory.resolve("", name);
        } else {
            return null;
        }
        if (landed == null || root == null) {
            return null;
        }
        if (landed.equals(root)) {
            return "";
        }
        String prefix = root.isEmpty() || root.equals("/") ? root : root + "/";
        if (root.isEmpty() || !landed.startsWith(prefix)) {
            return null;
        }
        String below = landed.substring(prefix.length());
        return below.startsWith("..") ? null : below;
    }
}
