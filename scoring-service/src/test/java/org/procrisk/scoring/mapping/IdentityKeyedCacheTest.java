package org.procrisk.scoring.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class IdentityKeyedCacheTest {

    @Test
    void findsAValueByTheVeryObjectItWasPutFor() {
        IdentityKeyedCache<List<String>, String> cache = new IdentityKeyedCache<>(16);
        List<String> key = List.of("REFINING");

        assertThat(cache.get(key)).isNull();
        assertThat(cache.put(key, "rendered")).isEqualTo("rendered");
        assertThat(cache.get(key)).isEqualTo("rendered");
        assertThat(cache.get(new ArrayList<>(key))).as("an equal but other object").isNull();
    }

    @Test
    void keepsNearlyEveryKeyAndNeverAnswersWithAnotherKeysValue() {
        IdentityKeyedCache<Object, Integer> cache = new IdentityKeyedCache<>(4096);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Object key = new Object();
            keys.add(key);
            cache.put(key, i);
        }
        int found = 0;
        for (int i = 0; i < keys.size(); i++) {
            Integer value = cache.get(keys.get(i));
            assertThat(value == null || value == i).as("never another key's value").isTrue();
            found += value == null ? 0 : 1;
        }
        // a key is lost only to a later one whose first slot was taken and whose second is its slot: rare here
        assertThat(found).isGreaterThanOrEqualTo(97);
    }
}
