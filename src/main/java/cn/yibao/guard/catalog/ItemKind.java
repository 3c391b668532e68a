package cn.yibao.guard.catalog;

/** What a catalogue item is: 药品, 医疗服务项目 or 医用耗材. */
public enum ItemKind {
    DRUG,
    SERVICE,
    MATERIAL
}
