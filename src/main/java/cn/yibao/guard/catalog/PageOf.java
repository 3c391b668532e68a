package cn.yibao.guard.catalog;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: {@code page} counts from 0, {@code total} is the length of the whole list. */
public record PageOf<T>(int page, int size, long total, List<T> items) {

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(page, size, total, items.stream().map(mapper).toList());
    }
}
