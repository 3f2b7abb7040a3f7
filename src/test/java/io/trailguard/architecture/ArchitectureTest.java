package io.trailguard.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.trailguard.config.ConfigLoader;
import io.trailguard.config.StackConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The import rules of ARCHITECTURE.md, checked over the compiled main classes. */
class ArchitectureTest {

    /** Which trailguard packages each package may import (besides itself); the table in ARCHITECTURE.md. */
    static final Map<String, List<String>> MAY_IMPORT = new LinkedHashMap<>();

    static {
        List<String> components = List.of("alerting", "archive", "trail", "member", "guardrails", "response", "stackset");
        List<String> belowComponents = List.of("config", "detect", "iam", "naming", "providers");
        MAY_IMPORT.put("naming", List.of());
        MAY_IMPORT.put("iam", List.of());
        MAY_IMPORT.put("detect", List.of("naming"));
        MAY_IMPORT.put("config", List.of("detect", "naming"));
        MAY_IMPORT.put("providers", List.of("iam", "naming"));
        for (String c : List.of("alerting", "archive", "trail", "guardrails")) {
            MAY_IMPORT.put(c, belowComponents);
        }
        // An account trail writes its selectors with the organization trail's selector model.
        MAY_IMPORT.put("member", concat(belowComponents, List.of("trail")));
        // A StackSet template is the member resources rendered for CloudFormation; its template bucket is hardened as the archive's.
        MAY_IMPORT.put("stackset", concat(belowComponents, List.of("member", "archive")));
        // Responses listen for CloudTrail's EventBridge detail types and re-apply the account trail's selectors.
        MAY_IMPORT.put("response", concat(belowComponents, List.of("member", "trail")));
        MAY_IMPORT.put("stack", concat(belowComponents, components, List.of("pulumi")));
        MAY_IMPORT.put("cost", List.of("config", "detect"));
        MAY_IMPORT.put("org", List.of("config"));
        // The Pulumi CLI's and engine's rules for the project and stack files, applied to the loaded config.
        MAY_IMPORT.put("pulumi", List.of("config"));
        MAY_IMPORT.put("terminal", List.of());
        MAY_IMPORT.put("verify", List.of("terminal"));
        MAY_IMPORT.put("plan", concat(belowComponents, components, List.of("stack", "cost")));
        MAY_IMPORT.put("replay", concat(belowComponents, List.of("stack", "terminal")));
        MAY_IMPORT.put("cli", concat(belowComponents, components, List.of("stack", "cost", "org", "plan", "replay", "pulumi", "verify", "terminal")));
    }

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // The compiled main classes only: scanning the classpath for the package also walks every jar on it.
        main = new ClassFileImporter().importPath(java.nio.file.Path.of("target", "classes"));
    }

    static Stream<String> packages() {
        return MAY_IMPORT.keySet().stream();
    }

    @ParameterizedTest(name = "{0} imports only what ARCHITECTURE.md allows it")
    @MethodSource("packages")
    void eachPackageImportsOnlyWhatItMay(String pkg) {
        String[] allowed = Stream.concat(Stream.of(pkg), MAY_IMPORT.get(pkg).stream())
                .map(p -> "io.trailguard." + p + "..").toArray(String[]::new);
        classes().that().resideInAPackage("io.trailguard." + pkg + "..")
                .should().onlyDependOnClassesThat(not(resideInAPackage("io.trailguard..")).or(resideInAnyPackage(allowed)))
                .because("ARCHITECTURE.md: " + pkg + " may import " + MAY_IMPORT.get(pkg))
                .check(main);
    }

    @Test
    @DisplayName("every package is in the table, so a new package cannot escape the rules")
    void everyPackageHasARule() {
        main.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("io.trailguard.") )
                .map(p -> p.substring("io.trailguard.".length()).split("\\.")[0])
                .distinct()
                .forEach(p -> assertTrue(MAY_IMPORT.containsKey(p), "package io.trailguard." + p + " is not in ARCHITECTURE.md's table"));
    }

    @Test
    @DisplayName("only the assembly and the commands above it see the whole StackConfig or load one")
    void onlyTheAssemblyAndAboveSeeStackConfig() {
        noClasses().that().resideInAnyPackage("io.trailguard.alerting..", "io.trailguard.archive..", "io.trailguard.trail..",
                        "io.trailguard.member..", "io.trailguard.guardrails..", "io.trailguard.providers..",
                        "io.trailguard.detect..", "io.trailguard.iam..", "io.trailguard.naming..")
                .should().dependOnClassesThat().belongToAnyOf(StackConfig.class, ConfigLoader.class)
                .because("components and the layers below them take plain values; io.trailguard.stack makes them")
                .check(main);
    }

    @Test
    @DisplayName("nothing imports the program's entry point, and the packages form no cycle")
    void noCycles() {
        noClasses().that().resideOutsideOfPackage("io.trailguard")
                .should().dependOnClassesThat().resideInAPackage("io.trailguard")
                .check(main);
        slices().matching("io.trailguard.(*)..").should().beFreeOfCycles().check(main);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).distinct().toList();
    }
}
