# Jämföraren – Soomaali, my choice. Review: machine-drafted by the developers in plain Somali, needs a human translator.
# "Doorashadayda": bogga muujinaya adeeg-bixiyaha la doortay iyo waxa xiga.

my-choice-title = Doorashadayda: { $level }
meta-my-choice = Doorashadaada adeeg-bixiyaha ee { $level }: xogta xiriirka adeeg-bixiyaha iyo waxa xiga, si aad u daabacdo oo u tustid lataliyahaaga shaqada.
my-choice-swedish-beside = Isla qoraalkan waxa kale oo uu boggan ku yaal af Iswiidhish, lataliyahaaga shaqada dartiis.
my-choice-chosen = Waxaan u doortay { $provider } { $level }.
my-choice-default = Waxaan rabaa adeeg-bixiyaha caadiga ah ee { $level }.
my-choice-default-today = Maanta adeeg-bixiyaha caadiga ah waa { $provider }.
my-choice-default-rotation = Adeeg-bixiyaha caadiga ah wuxuu isbeddelaa labadii toddobaadba mar, iyadoo la raacayo liis. Waxaad helaysaa kan caadiga ah maalinta lataliyahaagu ku diiwaangeliyo.
my-choice-date = Taariikhda: { $date }
my-choice-bring = Bogga u tus lataliyahaaga shaqada, ama u sheeg waxa aad dooratay.
my-choice-share-link = Xiriirka boggan
my-choice-link = Waxaan u doortay { $provider } { $level }
my-choice-offer-heading = Ma dooratay adeeg-bixiyahan?
my-choice-offer-text = Samee bog ay ku qoran yihiin doorashadaada, xogta xiriirka adeeg-bixiyaha iyo waxa xiga. Waad daabici kartaa oo u tusi kartaa lataliyahaaga shaqada.
my-choice-compare-row = Doorashadayda
my-choice-default-link = Waxaan rabaa adeeg-bixiyaha caadiga ah
