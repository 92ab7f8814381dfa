-- vreg schema 14: two facts of a breach the law asks for. When the supplier itself became aware of a breach, as its report says. A
-- processor must tell the controller without undue delay after becoming aware (AVG art. 33(2));
-- the agreement's hours (the model's security annex: 24 or 48) run from that moment. Without it
-- they run from the board's own discovery, which is often the supplier's report itself, so a
-- supplier that sat on a breach for weeks was never late.
ALTER TABLE breach ADD COLUMN supplier_aware_at TEXT;

-- Why a report to the AP came after the 72 hours: art. 33(1) AVG has a later report accompanied
-- by the reasons for the delay, and the breach register keeps them with the report.
ALTER TABLE breach ADD COLUMN ap_delay_reason TEXT;
