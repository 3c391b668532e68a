# How a scheme in the CHS-DRG layout (1_MDC.txt, 2_ADRG.txt, 3_DRG.txt, MDC/, ADRG/, tables/) becomes a
# grouping scheme: the rules that the published text states in prose rather than in clause files.
# A scheme directory or zip may carry its own profile.properties; its keys replace these.
#
# Conditions: terms joined by '&'. Terms: principal-diagnosis (in the MDC's table),
# principal-procedure-operating-room (the principal procedure is a 手术室手术), regions >= N (diagnoses in
# N of the MDC's body-region tables), and comparisons of sex, age-years, age-days, birth-weight with
# <, <=, =, >=, > and a whole number.

# The order in which MDCs are tried; '*' stands for the remaining MDCs in the order of 1_MDC.txt.
order = MDCA MDCP MDCY MDCZ MDCM MDCN *

# Entry rules (入组条件) of the MDCs; entry applies to every MDC without its own.
entry = principal-diagnosis
entry.MDCA = principal-procedure-operating-room
entry.MDCP = principal-diagnosis & age-years < 1
entry.MDCZ = principal-diagnosis & regions >= 2
entry.MDCM = principal-diagnosis & sex = 1
entry.MDCN = principal-diagnosis & sex = 2

# An MDC's residual ADRG takes a case that entered the MDC and fits none of its other ADRGs.
# PV1 (源于新生儿诊断的婴儿疾患) is read as the residual group of MDCP.
residual.MDCP = PV1

# A newborn (新生儿) is at most this many days old; a newborn needs a birth weight.
newborn.max-age-days = 28

# Exclusion tables are printed as 表 7-N in the published text.
exclusion-table-prefix = 7-
