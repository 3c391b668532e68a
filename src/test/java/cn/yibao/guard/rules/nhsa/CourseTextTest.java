package cn.yibao.guard.rules.nhsa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CourseTextTest {

    @Test
    void readsTheKnownPhrasings() {
        assertThat(CourseText.read("总时间不超过90天，评定间隔时间不短于14天。"))
                .isEqualTo(new CourseText.Reading(90, 14, false, java.util.List.of()));
        assertThat(CourseText.read("支付不超过30天。")).isEqualTo(new CourseText.Reading(30, null, false,
                java.util.List.of()));
        assertThat(CourseText.read("一个疾病过程支付不超过90天。")).isEqualTo(new CourseText.Reading(90, null, true,
                java.util.List.of()));
        assertThat(CourseText.read("支付不超过一年，每周最多支付一次。")).isEqualTo(new CourseText.Reading(365, 7, false,
                java.util.List.of()));
        assertThat(CourseText.read("两次评定间隔时间不短于14天。（人社部发〔2016〕23号）").minIntervalDays()).isEqualTo(14);
        assertThat(CourseText.read("支付不超过12个月").maxCourseDays()).isEqualTo(365);
        assertThat(CourseText.read("支付不超过3个月").maxCourseDays()).isEqualTo(90);
        assertThat(CourseText.read("支付不超过两周").maxCourseDays()).isEqualTo(14);
    }

    @Test
    void whatItDoesNotUnderstandIsReturned() {
        CourseText.Reading reading = CourseText.read("支付不超过30天，限脑卒中后遗症患者。");
        assertThat(reading.maxCourseDays()).isEqualTo(30);
        assertThat(reading.notUnderstood()).containsExactly("限脑卒中后遗症患者");
        assertThat(CourseText.read("视病情而定").understood()).isFalse();
        assertThat(CourseText.read(null).understood()).isFalse();
    }

    @Test
    void chineseNumerals() {
        assertThat(CourseText.number("十四")).isEqualTo(14);
        assertThat(CourseText.number("二十")).isEqualTo(20);
        assertThat(CourseText.number("十")).isEqualTo(10);
        assertThat(CourseText.number("两")).isEqualTo(2);
        assertThat(CourseText.number("九十九")).isEqualTo(99);
        assertThat(CourseText.number("百")).isNull();
    }
}
