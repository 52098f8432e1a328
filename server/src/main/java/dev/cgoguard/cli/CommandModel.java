package dev.cgoguard.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The parts the commands' picocli models are built of, in plain calls: a model read from
 * annotations costs every run some 50 ms of reflection before a lint starts (annotation proxies
 * defined at run time, generic signatures parsed, a reflective constructor), about a sixth of a
 * small project's lint. Each command and each group of options declares its model beside the
 * fields the model fills.
 */
final class CommandModel {
    private CommandModel() {
    }

    /**
     * A command with picocli's standard -h/--help and -V/--version options; {@code version} is
     * what -V prints (null: nothing).
     */
    static CommandSpec command(Object command, String name, IVersionProvider version, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        if (version != null) {
            spec.versionProvider(version);
        }
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Print version information and exit.").build());
        return spec;
    }

    /**
     * An option of one name whose value, of {@code type}, is kept in a field read by {@code get} and
     * written by {@code set}, which holds its initial value; {@code label} shows the value in the help
     * (null: a flag, which takes none).
     */
    static <V> OptionSpec.Builder option(String name, String label, Class<?> type, Supplier<V> get, Consumer<V> set,
            String... description) {
        Field<V> field = new Field<>(get, set);
        OptionSpec.Builder option = OptionSpec.builder(name).type(type).getter(field).setter(field).initialValue(get.get())
                .description(description);
        return label == null ? option : option.paramLabel(label);
    }

    /** Positional parameters shown as {@code label}, kept in a field as {@link #option} keeps an option's value. */
    static <V> PositionalParamSpec.Builder parameters(String label, Class<?> type, Supplier<V> get, Consumer<V> set,
            String... description) {
        Field<V> field = new Field<>(get, set);
        return PositionalParamSpec.builder().paramLabel(label).type(type).getter(field).setter(field).initialValue(get.get())
                .description(description);
    }

    /** A field an option reads its initial value from and writes what the command line gives into. */
    private static final class Field<V> implements IGetter, ISetter {
        private final Supplier<V> get;
        private final Consumer<V> set;

        private Field(Supplier<V> get, Consumer<V> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            set.accept((V) value);
            return old;
        }
    }
}
