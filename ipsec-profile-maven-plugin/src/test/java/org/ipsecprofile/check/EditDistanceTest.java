package org.ipsecprofile.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(EditDistance.between("", "")).isZero();
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("protocols", "protocol")).isEqualTo(1);
        assertThat(EditDistance.between("nat-traversal", "nat-travresal")).isEqualTo(2);
    }

    @Test
    void withinALimitGivesTheDistanceOrMinusOne() {
        assertThat(EditDistance.within("schema", "shema", 2)).isEqualTo(1);
        assertThat(EditDistance.within("id", "ip", 1)).isEqualTo(1);
        assertThat(EditDistance.within("id", "schema", 1)).isEqualTo(-1);
        assertThat(EditDistance.within("kitten", "sitting", 2)).isEqualTo(-1);
    }
}
