package dev.cgoguard.make;

/**
 * The words that may stand before an assignment or a {@code define}: {@code override},
 * {@code export}, {@code unexport} (not before {@code define}) and {@code private}, and what follows
 * them. {@code export} is null when neither export word was given.
 */
record VariableModifiers(boolean override, Boolean export, String rest) {

    static VariableModifiers strip(String text, boolean unexportAllowed) {
        boolean override = false;
        Boolean export = null;
        String rest = text;
        while (true) {
            String word = MakefileReader.firstWord(rest);
            if (word.equals("override")) {
                override = true;
            } else if (word.equals("export")) {
                export = true;
            } else if (unexportAllowed && word.equals("unexport")) {
                export = false;
            } else if (!word.equals("private")) {
                return new VariableModifiers(override, export, rest);
            }
            rest = rest.substring(word.length()).strip();
        }
    }
}
