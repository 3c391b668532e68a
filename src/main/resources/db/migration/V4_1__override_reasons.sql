-- The override reasons offered at signing. Hospitals may add their own rows or deactivate these.
INSERT INTO override_reason (code, label, requires_comment, sort_order) VALUES
    ('CLINICAL_NEED',        '临床必需，已评估获益大于风险',             false, 10),
    ('INDICATION_DOCUMENTED', '适应症已在病历中记录',                   false, 20),
    ('PRIOR_THERAPY',        '一线治疗已在他处使用或不适用',             false, 30),
    ('EMERGENCY',            '急危重症抢救',                           false, 40),
    ('PATIENT_SELF_PAY',     '已告知患者自费或自付部分并取得同意',        false, 50),
    ('RULE_NOT_APPLICABLE',  '规则不适用于本病例',                      true,  60),
    ('OTHER',                '其他',                                  true,  90);
