package dev.cgoguard.docker;

import dev.cgoguard.workspace.MappedText;

/**
 * The script a shell-form {@code RUN} hands to the shell: {@code RUN <<EOF} runs the heredoc body;
 * otherwise the command line followed by each heredoc body and its delimiter line, as the shell
 * reads them.
 */
final class RunScript {
    private RunScript() {
    }

    static MappedText of(DockerInstruction run) {
        MappedText line = run.rest();
        if (run.heredocs().isEmpty()) {
            return line;
        }
        if (run.heredocs().size() == 1 && HeredocMarker.find(line.text()).size() == 1
                && line.text().strip().equals(markerText(line.text()))) {
            return run.heredocs().get(0).body();
        }
        MappedText.Builder script = new MappedText.Builder(line.file());
        script.append(line);
        int lineEnd = line.fileEndOffset(line.length());
        script.append('\n', lineEnd);
        int end = lineEnd;
        for (DockerHeredoc heredoc : run.heredocs()) {
            script.append(heredoc.body());
            int delimiterEnd = line.file().offsetAt(heredoc.range().end());
            int delimiterStart = Math.max(0, delimiterEnd - heredoc.delimiter().length());
            for (int i = 0; i < heredoc.delimiter().length(); i++) {
                script.append(heredoc.delimiter().charAt(i), delimiterStart + i);
            }
            script.append('\n', delimiterEnd);
            end = delimiterEnd;
        }
        return script.build(end);
    }

    private static String markerText(String line) {
        HeredocMarker marker = HeredocMarker.find(line).get(0);
        return line.substring(marker.start(), marker.end());
    }
}
