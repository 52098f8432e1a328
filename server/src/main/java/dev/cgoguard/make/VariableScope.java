package dev.cgoguard.make;

import java.util.Map;

/** Where names are looked up during an expansion: automatic variables, a target's own, the globals. */
interface VariableScope {
    MakeVariable lookup(String name);

    /** A scope that answers from the given variables first, then from this one. */
    default VariableScope with(Map<String, MakeVariable> overlay) {
        VariableScope parent = this;
        return name -> {
            MakeVariable v = overlay.get(name);
            return v != null ? v : parent.lookup(name);
        };
    }
}
