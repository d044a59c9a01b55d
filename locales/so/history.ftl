# Jämföraren – Soomaali: the review's comparison and the profiles' history. Review: machine-drafted by the developers, needs a human translator.

diff-removed-start = La tirtiray:
diff-removed-end = (dhammaadka waxa la tirtiray)
diff-added-start = Lagu daray:
diff-added-end = (dhammaadka waxa lagu daray)
diff-no-text = Qoraal ma jiro.
diff-published-text = Qoraalka la daabacay
diff-proposed-text = Qoraalka la soo jeediyay
diff-previous-version = Nuqulkii hore
diff-this-version = Nuqulkan

history-link-for = Taariikhda astaanta: { $provider }
history-title = Taariikhda astaanta: { $provider }
history-intro = Dhammaan nuqullada astaanta, kan ugu cusub ayaa ugu horreeya. Dooro nuqul si aad u aragto waxa uu ka koobnaa iyo waxa isbeddelay.
history-empty = Bixiyuhu weli astaan ma leh.
history-caption = Nuqullada, kan ugu cusub ayaa ugu horreeya
history-col-submitted = La diray
history-col-submitted-by = Waxaa diray
history-col-state = Xaaladda
history-col-reviewed = La hubiyay
history-col-comment = Faallada hubiyaha
history-by-at = { $name }, { $date }
history-state-pending = Waxay sugaysaa hubin
history-state-superseded = Nuqul ka cusub ayaa beddelay ka hor hubinta
history-state-returned = Waa la celiyay
history-state-published = Waa la daabacay
history-state-published-at-once = Isla markiiba ayaa la daabacay, hubin la'aan
history-version-title = Nuqulka { $date }: { $provider }
history-review-link = Hubi nuqulkan
history-changes-heading = Waxa isbeddelay
history-compared-with = Marka la barbardhigo nuqulka
history-first-version = Nuqulkii ugu horreeyay: wax kasta oo ku jira waa cusub.
history-no-changes = Waxba isma beddelin tan iyo nuqulkii hore.
history-content-heading = Waxa nuqulkan ku jiray
history-no-content = Nuqulku waxba kuma jiraan.
