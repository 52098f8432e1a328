package dev.cgoguard.docker;

import dev.cgoguard.cache.GenerationalCache;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.SourceLocation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Follows a file built in one stage into later stages: through {@code COPY --from} of the file or
 * of a directory holding it (also by index, and by glob), and through stages built {@code FROM}
 * the stage that holds it, until it reaches the stage the build produces.
 */
final class ArtifactTracker {
    private static final int MAX_STEPS = ScanLimits.DOCKER_ARTIFACT_STEPS;
    /** The patterns of the COPY source globs met lately: each artifact followed tries them on its path. */
    private static final GenerationalCache<String, Pattern> GLOBS = new GenerationalCache<>(256);

    private record Place(int stage, String path, SourceLocation copyLocation) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Place that
                    && stage == that.stage
                    && Objects.equals(path, that.path)
                    && Objects.equals(copyLocation, that.copyLocation);
        }

        @Override
        public int hashCode() {
            int hash = Integer.hashCode(stage);
            hash = 31 * hash + Objects.hashCode(path);
            hash = 31 * hash + Objects.hashCode(copyLocation);
            return hash;
        }
    }

    private ArtifactTracker() {
    }

    static Optional<ArtifactPlacement> whereItRuns(DockerEvaluation evaluation, int stageIndex, String path) {
        List<DockerStage> stages = evaluation.stages();
        int runStage = evaluation.runStage();
        if (stageIndex < 0 || stageIndex >= stages.size() || runStage < 0 || path == null || path.isBlank()) {
            return Optional.empty();
        }
        boolean[] leads = leadingTo(stages, runStage);
        if (!leads[stageIndex]) {
            return Optional.empty();
        }
        Deque<Place> queue = new ArrayDeque<>();
        Set<Place> seen = new HashSet<>();
        queue.add(new Place(stageIndex, DockerPaths.normalize(path), null));
        int steps = 0;
        while (!queue.isEmpty() && steps++ < MAX_STEPS) {
            Place place = queue.poll();
            if (!seen.add(new Place(place.stage(), place.path(), null))) {
                continue;
            }
            if (place.stage() == runStage) {
                DockerStage run = stages.get(runStage);
                return Optional.of(new ArtifactPlacement(run, place.copyLocation(), place.path(), timeZone(run)));
            }
            for (int t = place.stage() + 1; t < stages.size() && t <= runStage; t++) {
                if (!leads[t]) {
                    continue; // nothing in that stage reaches the result
                }
                DockerStage later = stages.get(t);
                if (later.baseStage() == place.stage()) {
                    queue.add(new Place(t, place.path(), place.copyLocation()));
                }
                for (DockerCopy copy : later.copies()) {
                    if (copy.from().kind() != CopyOrigin.Kind.STAGE || copy.from().stageIndex() != place.stage()
                            || copy.destination() == null) {
                        continue;
                    }
                    for (String source : copy.sources()) {
                        String target = destinationOf(copy, source, place.path());
                        if (target != null) {
                            queue.add(new Place(t, target, copy.location()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * By stage, whether what it holds can reach the stage {@code runStage}: that stage, and the stages
     * that one is built {@code FROM} or copies from, and theirs. A file in any other stage never gets
     * there, so it is not followed.
     */
    private static boolean[] leadingTo(List<DockerStage> stages, int runStage) {
        boolean[] leads = new boolean[stages.size()];
        if (runStage >= stages.size()) {
            return leads;
        }
        leads[runStage] = true;
        for (int t = runStage; t >= 0; t--) {
            if (!leads[t]) {
                continue;
            }
            DockerStage stage = stages.get(t);
            if (stage.baseStage() >= 0 && stage.baseStage() < t) {
                leads[stage.baseStage()] = true;
            }
            for (DockerCopy copy : stage.copies()) {
                int from = copy.from().stageIndex();
                if (copy.from().kind() == CopyOrigin.Kind.STAGE && from >= 0 && from < t) {
                    leads[from] = true;
                }
            }
        }
        return leads;
    }

    /** The TZ the run stage's ENV sets, or null. */
    private static String timeZone(DockerStage stage) {
        var tz = stage.env().get("TZ");
        if (tz == null) {
            return null;
        }
        return tz.known() ? tz.text() : String.valueOf(tz.source());
    }

    /** Where {@code path} of the origin lands when {@code source} is copied, or null when it is not copied. */
    static String destinationOf(DockerCopy copy, String source, String path) {
        String src = DockerPaths.normalize(source);
        String dest = copy.destination();
        if (hasGlob(src)) {
            Pattern glob = GLOBS.get(src, ArtifactTracker::glob);
            if (glob.matcher(path).matches()) {
                return DockerPaths.resolve(dest + "/", DockerPaths.baseName(path));
            }
            int slash = path.lastIndexOf('/');
            while (slash > 0) {
                String dir = path.substring(0, slash);
                if (glob.matcher(dir).matches()) {
                    return DockerPaths.resolve(dest + "/", path.substring(dir.lastIndexOf('/') + 1));
                }
                slash = dir.lastIndexOf('/');
            }
            return null;
        }
        if (path.equals(src)) {
            return copy.destinationIsDirectory() ? DockerPaths.resolve(dest + "/", DockerPaths.baseName(path)) : dest;
        }
        String prefix = src.equals("/") ? "/" : src + "/";
        if (path.startsWith(prefix)) {
            return DockerPaths.resolve(dest + "/", path.substring(prefix.length())); // a directory's contents
        }
        return null;
    }

    private static boolean hasGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append("[^/]*");
                case '?' -> regex.append("[^/]");
                case '[', ']' -> regex.append(c);
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        try {
            return Pattern.compile(regex.toString());
        } catch (PatternSyntaxException e) {
            return Pattern.compile("(?!)"); // an unbalanced bracket matches nothing
        }
    }
}
