package cn.yibao.guard.rules;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.rules.engine.CheckInput;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Multi;

/** No stored orders: the dry run's source when no feature stores orders ({@code order.StoredOrderChecks} does). */
@DefaultBean
@ApplicationScoped
public class NoStoredChecks implements StoredChecks {

    @Override
    public Multi<CheckInput> checks(Query query) {
        return Multi.createFrom().empty();
    }

    @Override
    public boolean available() {
        return false;
    }
}
