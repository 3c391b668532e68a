package cn.yibao.guard.alert;

import java.util.List;

/** One page of alerts, newest first: {@code page} counts from 0, {@code total} is the length of the whole list. */
public record AlertPage(int page, int size, long total, List<Alert> items) {
}
