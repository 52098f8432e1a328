package dev.cgoguard.gocmd;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The build flags seen so far, applied in order so that the last {@code -tags}, {@code -ldflags}, {@code -o} win. */
final class GoFlagState {
    String output;
    FlagValue tags;
    FlagValue ldflags;
    String buildMode;
    boolean race;
    boolean msan;
    boolean asan;
    boolean trimpath;
    boolean forceRebuild;
    String installSuffix;
    final Set<String> unknownFlags = new LinkedHashSet<>();
    /** True while the last {@code -tags} seen stands after every word of unknown content (and an unknown GOFLAGS). */
    boolean tagsAfterUnknownWords;

    /** A word of unknown content where a flag could stand: it may hold flags, a later {@code -tags} among them. */
    void unknownWord(String written) {
        unknownFlags.add(written);
        tagsAfterUnknownWords = false;
    }

    /** Applies {@code -name} with its value (null for a boolean flag given alone). */
    void apply(String name, FlagValue value) {
        if (name.equals("tags")) {
            // the last -tags wins: an earlier one with an unknown value no longer counts
            unknownFlags.remove("-tags");
            tagsAfterUnknownWords = true;
        }
        if (value != null && !value.isKnown()) {
            unknownFlags.add("-" + name);
        }
        switch (name) {
            case "o" -> output = value == null ? null : value.text();
            case "tags" -> tags = value;
            case "ldflags" -> ldflags = value;
            case "buildmode" -> buildMode = value == null ? null : value.text();
            case "installsuffix" -> installSuffix = value == null ? null : value.text();
            case "race" -> race = bool(name, value);
            case "msan" -> msan = bool(name, value);
            case "asan" -> asan = bool(name, value);
            case "trimpath" -> trimpath = bool(name, value);
            case "a" -> forceRebuild = bool(name, value);
            default -> {
                // flags that do not change what is linked
            }
        }
    }

    private boolean bool(String name, FlagValue value) {
        if (value == null) {
            return true;
        }
        Boolean parsed = value.isKnown() ? GoFlagTable.parseBool(value.text()) : null;
        if (parsed == null) {
            unknownFlags.add("-" + name);
            return false;
        }
        return parsed;
    }

    /** The {@code -tags} list: comma-separated, or split by Go's quoting rules when it holds a space or quote. */
    List<String> tagList() {
        if (tags == null) {
            return null;
        }
        String text = tags.text();
        List<String> result = new ArrayList<>();
        if (text.contains(" ") || text.contains("'")) {
            for (GoQuoted.Field field : GoQuoted.split(text, tags.unknown())) {
                if (field.known()) {
                    result.add(field.text());
                }
            }
            return List.copyOf(result);
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',') {
                if (i > start && tags.isKnown(start, i)) {
                    result.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return List.copyOf(result);
    }

    LinkerFlags linkerFlags() {
        return ldflags == null ? LinkerFlags.NONE : LinkerFlagsParser.parse(ldflags);
    }
}
