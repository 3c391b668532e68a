package cn.yibao.guard.rules;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.rules.engine.CheckInput;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Multi;

/** No stored orders: the dry run's source until the order feature provides its own {@link StoredChecks}. */
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
