package dev.cgoguard.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.cgoguard.cache.Identity;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.lang.runtime.ObjectMethods;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The records whose {@code equals} and {@code hashCode} are written out instead of generated (the
 * generated ones are linked through method handles at their first use, which a short lint pays
 * for at start-up) compare and hash exactly as the generated ones would: every component, in the
 * same order, with the same hash (so that a hashed collection of them iterates in the same order
 * and the output does not change). Records that compare otherwise on purpose are named here.
 */
class RecordValueMethodsTest {
    /** Records whose equality is not their components' on purpose: by identity, by the set of a term's conditions. */
    private static final Set<String> OWN_EQUALITY = Set.of(Identity.class.getName(), "dev.cgoguard.condition.When$Term");

    private static List<Class<?>> writtenOut;
    private static JavaClasses main;

    @BeforeAll
    static void findRecords() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.cgoguard");
        writtenOut = new ArrayList<>();
        for (JavaClass type : main) {
            if (type.isRecord() && !OWN_EQUALITY.contains(type.getName())
                    && (writesOut(type, "equals", Object.class) || writesOut(type, "hashCode"))) {
                writtenOut.add(type.reflect());
            }
        }
    }

    @Test
    void theRecordsOfAShortRunAreAmongThem() {
        // the value records a lint of a small project hashes on its way (its cache keys among them)
        for (String name : List.of("dev.cgoguard.workspace.TextRange", "dev.cgoguard.shell.ShellValue",
                "dev.cgoguard.gocmd.GoInvocation", "dev.cgoguard.plan.PlanningCache$RecipeKey", "dev.cgoguard.make.RecipeMemo$Use")) {
            assertTrue(writtenOut.stream().anyMatch(type -> type.getName().equals(name)), name);
        }
    }

    @Test
    void eachDeclaresBothAndReadsEveryComponentInEach() {
        for (Class<?> record : writtenOut) {
            JavaClass type = main.get(record);
            Set<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
            for (JavaMethod method : List.of(type.getMethod("equals", Object.class), type.getMethod("hashCode"))) {
                Set<String> read = method.getFieldAccesses().stream().map(JavaFieldAccess::getTarget)
                        .filter(target -> target.getOwner().getName().equals(record.getName()))
                        .map(target -> target.getName()).collect(Collectors.toSet());
                assertEquals(components, read, record.getName() + "." + method.getName() + " reads these components");
            }
        }
    }

    @Test
    void eachComparesAndHashesAsTheGeneratedMethods() throws Throwable {
        for (Class<?> record : writtenOut) {
            RecordComponent[] components = record.getRecordComponents();
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(record, MethodHandles.lookup());
            MethodHandle[] getters = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                Field field = record.getDeclaredField(components[i].getName());
                getters[i] = lookup.unreflectGetter(field);
            }
            String names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(";"));
            MethodHandle equals = ((CallSite) ObjectMethods.bootstrap(lookup, "equals",
                    MethodType.methodType(boolean.class, record, Object.class), record, names, getters)).getTarget();
            MethodHandle hashCode = ((CallSite) ObjectMethods.bootstrap(lookup, "hashCode",
                    MethodType.methodType(int.class, record), record, names, getters)).getTarget();

            Object first = make(record, 0, -1, new HashSet<>());
            Object same = make(record, 0, -1, new HashSet<>());
            assertTrue(first.equals(same), record.getName());
            assertEquals((int) hashCode.invoke(first), first.hashCode(), record.getName() + ".hashCode");
            assertFalse(first.equals(null), record.getName());
            assertFalse(first.equals("another type"), record.getName());
            for (int changed = 0; changed < components.length; changed++) {
                Object other = make(record, 0, changed, new HashSet<>());
                String what = record.getName() + " with another " + components[changed].getName();
                assertEquals((boolean) equals.invoke(first, other), first.equals(other), what);
                assertEquals((boolean) equals.invoke(other, first), other.equals(first), what);
                assertEquals((int) hashCode.invoke(other), other.hashCode(), what);
            }
        }
    }

    /** Whether the record declares the method itself: the compiler's own are final, these are not. */
    private static boolean writesOut(JavaClass type, String name, Class<?>... parameters) {
        try {
            return !Modifier.isFinal(type.reflect().getDeclaredMethod(name, parameters).getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * An instance of a record made of sample values of variant {@code variant}, with component
     * {@code changed} of the other variant; {@code making} holds the records being made around it.
     */
    private static Object make(Class<?> record, int variant, int changed, Set<Class<?>> making) throws ReflectiveOperationException {
        making.add(record);
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                values[i] = sample(components[i].getGenericType(), i == changed ? 1 - variant : variant, making);
            } catch (AssertionError e) {
                throw new AssertionError(record.getName() + "." + components[i].getName() + ": " + e.getMessage(), e);
            }
        }
        Constructor<?> canonical = record.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        making.remove(record);
        return canonical.newInstance(values);
    }

    /** A value of the type; the two variants differ wherever the type has two values. */
    private static Object sample(Type type, int variant, Set<Class<?>> making) throws ReflectiveOperationException {
        if (type instanceof TypeVariable<?> variable) {
            return sample(variable.getBounds()[0], variant, making);
        } else if (type instanceof WildcardType wildcard) {
            return sample(wildcard.getUpperBounds()[0], variant, making);
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        Type[] arguments = type instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
        if (raw == int.class || raw == Integer.class) {
            return 1 + variant;
        } else if (raw == long.class || raw == Long.class) {
            return 1L + variant;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return variant == 1;
        } else if (raw == double.class || raw == Double.class) {
            return 1.5 + variant;
        } else if (raw == String.class || raw == Object.class || raw == CharSequence.class) {
            return variant == 0 ? "a" : "b";
        } else if (raw == Path.class) {
            return Path.of(variant == 0 ? "a" : "b");
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[variant % constants.length];
        } else if (raw == Optional.class) {
            return Optional.of(sample(arguments[0], variant, making));
        } else if (raw == List.class || raw == Collection.class) {
            return List.of(sample(arguments[0], variant, making));
        } else if (raw == SortedSet.class) {
            return new TreeSet<>(Set.of(sample(arguments[0], variant, making)));
        } else if (raw == Set.class) {
            return Set.of(sample(arguments[0], variant, making));
        } else if (raw == SortedMap.class) {
            return new TreeMap<>(Map.of(sample(arguments[0], variant, making), sample(arguments[1], variant, making)));
        } else if (raw == Map.class) {
            return Map.of(sample(arguments[0], variant, making), sample(arguments[1], variant, making));
        } else if (raw == Map.Entry.class) {
            return Map.entry(sample(arguments[0], variant, making), sample(arguments[1], variant, making));
        } else if (raw.isRecord()) {
            // a record that holds one of its own kind (a variable appended to another) holds none in the sample
            return making.contains(raw) ? null : make(raw, variant, -1, making);
        }
        // a class of values with constants of its own (When.ALWAYS and When.NEVER)
        List<Object> constants = new ArrayList<>();
        for (Field field : raw.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()) && field.getType() == raw) {
                field.setAccessible(true);
                constants.add(field.get(null));
            }
        }
        if (constants.size() < 2) {
            throw new AssertionError("no two sample values of " + type + ": add them to this test");
        }
        return constants.get(variant);
    }
}
