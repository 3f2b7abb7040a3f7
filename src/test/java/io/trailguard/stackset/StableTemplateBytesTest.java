package io.trailguard.stackset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.trailguard.config.StackConfig;
import io.trailguard.config.StackSetProfile;
import io.trailguard.stack.StackSetProfiles;
import io.trailguard.testing.StableOrder;
import io.trailguard.testing.Stacks;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A profile's template body names its S3 object by its SHA-256 and is the StackSet's template: if its bytes changed
 * from run to run, every preview would show a new template object and a StackSet update. They did: the Parameters entry
 * and each alarm dimension were {@code Map.of}s, whose order changes with the JVM (measured: three `plan` runs of the
 * stackset test stack gave two different workloads-template hashes).
 */
class StableTemplateBytesTest {

    @Test
    void everyMapInEveryProfilesTemplateHasAnOrderOfItsOwn() {
        StackConfig stackset = Stacks.load("stackset");
        List<StackSetProfile> profiles = stackset.members().stackSet().profiles();
        assertFalse(profiles.isEmpty());
        for (StackSetProfile p : profiles) {
            MemberTemplate t = StackSetProfiles.profile(stackset, p).template();
            assertEquals(List.of(), StableOrder.unorderedMaps(t.tree()), p.name() + ": maps whose order the JVM chooses");
        }
    }
}
