package dev.cgoguard.gopkg;

import java.util.HashMap;
import java.util.Map;

/** {@code vendor/modules.txt}: which module each vendored package belongs to. */
final class VendorManifest {
    private final Map<String, String> moduleOfPackage;

    private VendorManifest(Map<String, String> moduleOfPackage) {
        this.moduleOfPackage = moduleOfPackage;
    }

    static VendorManifest parse(String text) {
        Map<String, String> modules = new HashMap<>();
        String current = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("## ")) {
                continue;
            }
            if (line.startsWith("# ")) {
                String[] words = line.substring(2).trim().split("\\s+");
                current = words.length > 0 ? words[0] : null;
            } else if (!line.isEmpty() && !line.startsWith("#") && current != null) {
                modules.put(line, current);
            }
        }
        return new VendorManifest(modules);
    }

    static VendorManifest empty() {
        return new VendorManifest(Map.of());
    }

    String moduleOf(String packagePath) {
        return moduleOfPackage.get(packagePath);
    }

    boolean lists(String packagePath) {
        return moduleOfPackage.containsKey(packagePath);
    }

    boolean isEmpty() {
        return moduleOfPackage.isEmpty();
    }
}
