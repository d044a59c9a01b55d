# Jämföraren – Soomaali: accounts, providers' profiles and the municipality's administration. Review: machine-drafted by the developers, needs a human translator.
# Example values the user must type (phone, postcode, dates) stay as written.

nav-sign-in = Adeeg-bixiyeyaasha iyo shaqaalaha degmada: gal
nav-account = Akoonkayga

sign-in-title = Gal
sign-in-already = Waxaad ku gashay magaca { $name }.
sign-in-submit = Gal
sign-in-who = Galitaanku waa oo keliya adeeg-bixiyeyaasha iyo shaqaalaha degmada. Uma baahnid akoon si aad isu barbardhigto oo aad u doorato adeeg-bixiye.
field-username = Magaca isticmaalaha
field-username-hint = 3–64 xaraf: xarfaha a–z, tirooyin iyo . _ - @
field-password = Furaha sirta ah
field-display_name = Magacaaga
field-new_password = Dooro furaha sirta ah
field-new_password-hint = Ugu yaraan 12 xaraf. Jumlad aad xasuusato waa furo sir ah oo wanaagsan.
field-confirm_password = Mar kale qor furaha sirta ah

form-error-summary = Marka hore sax tan
error-forbidden-title = Ma lihid fasax
error-forbidden = Akoonkaaga looma oggola inuu arko ama beddelo tan.
error-form-expired = Foomka waqtigiisii wuu dhacay. Hubi xogta oo mar kale dir.
error-sign-in-failed = Magaca isticmaalaha ama furaha sirta ah waa khalad.
# Somali counts with the same noun form after every number.
error-sign-in-throttled = { $minutes ->
    [one] Isku-dayo badan oo fashilmay. Mar kale isku day { $minutes } daqiiqo kadib.
   *[other] Isku-dayo badan oo fashilmay. Mar kale isku day { $minutes } daqiiqo kadib.
}
error-username-format = Magaca isticmaaluhu waa inuu lahaadaa 3–64 xaraf: xarfaha a–z, tirooyin iyo . _ - @
error-username-taken = Magacaas isticmaale horay ayaa loo qaatay. Dooro mid kale.
error-display-name = Qor magacaaga (ugu badnaan 100 xaraf).
error-password-length = Furaha sirta ahi waa inuu lahaadaa { $min }–{ $max } xaraf.
error-password-mismatch = Furayaasha sirta ahi isku mid ma aha.
error-too-long = Qoraalku aad buu u dheer yahay: ugu badnaan { $max } xaraf.
error-phone-format = Qor lambar telefoon oo leh 6–15 tiro, tusaale ahaan 08-123 45 67.
error-email-format = Qor ciwaan iimayl, tusaale ahaan info@exempel.se.
error-website-format = Qor ciwaan websaydh oo ku bilaabma https://, tusaale ahaan https://www.exempel.se.
error-postal-code-format = Qor lambarka boostada oo leh shan tiro, tusaale ahaan 131 30.
error-employee-count = Qor tirada shaqaalaha, tiro dhan oo u dhexeysa 0 iyo 100 000.
error-presentation-required = Isbarashada iswiidhishka ah waa lagama maarmaan. Luqadaha kale waa ikhtiyaari.
error-comment-required = Qor waxa adeeg-bixiyuhu u baahan yahay inuu beddelo.
error-date-format = Taariikhda u qor sidan YYYY-MM-DD (sannad-bil-maalin), tusaale ahaan 2025-03-14.
error-date-order = Taariikhda dhammaadku kama horrayn karto taariikhda bilowga.
error-provider-unknown = Adeeg-bixiyahaas ma jiro.
error-provider-required = Dooro adeeg-bixiyaha uu akoonku ka tirsan yahay.
error-level-not-offered = Barnaamijka lama bixiyo taariikhdaas.
error-authorization-overlap = Adeeg-bixiyahu horay ayuu oggolaansho ugu haystaa barnaamijkan qayb ka mid ah muddadaas.
error-provider-name = Qor magaca adeeg-bixiyaha (ugu badnaan 120 xaraf).
error-organisation-form = Dooro nooca hay'adda.
error-organisation-number-format = Qor lambarka diiwaangelinta hay'adda (organisationsnummer) oo leh toban tiro, tusaale ahaan 212000-0142. Haddii kale tirada hubintu ma saxna.

account-title = Akoonkayga
account-signed-in-as = Waxaad ku gashay magaca { $name }.
account-never-published = Bogga adeeg-bixiyaha weli lama daabicin.
account-review-pending = Isbeddeladaadii { $date } waxay sugayaan dib-u-eegista degmada.
account-review-returned = Degmadu waxay kuu soo celisay isbeddeladaada { $date } iyadoo leh faalladan:
account-profile-stale = Bogga adeeg-bixiyaha lama cusboonaysiin laba iyo toban bilood. Hubi in xogtu sax tahay.
account-edit-profile = Wax ka beddel bogga
account-public-profile = Eeg bogga la daabacay
account-pending-heading = Isbeddelo la dib-u-eegayo
account-no-pending = Ma jiraan isbeddelo sugaya dib-u-eegis.
account-submitted-by = waxaa soo diray { $name } { $date }
account-stale-heading = Bogag aan la cusboonaysiin laba iyo toban bilood
account-no-stale = Dhammaan bogagga waa la cusboonaysiiyay sannadkii la soo dhaafay.
account-admin-heading = Maamulka
sign-out-heading = Ka bax
sign-out = Ka bax
sign-out-everywhere = Ka bax dhammaan qalabka

done-signed-in = Waad gashay.
done-submitted = Mahadsanid! Isbeddelada waxaa loo diray dib-u-eegis. Xogta xiriirka isla markiiba waa la daabacaa.
done-contact-published = Xogta xiriirka waa la daabacay.
done-published = Isbeddelada waa la daabacay, waxaana laga helayaa raadinta.
done-returned = Isbeddelada waxaa dib loogu celiyay adeeg-bixiyaha.
done-authorized = Oggolaanshaha waa la kaydiyay.
done-deauthorized = Oggolaanshaha waa la joojiyay.
done-provider-created = Adeeg-bixiyaha waa lagu daray.
done-logged-out-elsewhere = Waxaad ka baxday dhammaan qalabka.
done-account-created = Akoonkaaga waa la sameeyay waanad gashay.

profile-edit-title = Wax ka beddel bogga
profile-edit-intro = Dhammaan adeeg-bixiyeyaashu waxay leeyihiin meelo isku mid ah, si bogagga loo barbardhigo loona turjumo. Waxaad arki doontaa horu-eeg ka hor intaadan dirin.
profile-edit-contact-note = Xogta xiriirka isla markiiba waa la daabacaa marka aad dirto.
profile-edit-review-note = Xaqiiqooyinka iyo qoraallada degmadu way dib-u-eegtaa ka hor inta aan la daabicin.
profile-edit-presentation-note = Iswiidhishku waa lagama maarmaan. Fadlan ku qor luqado kale sidoo kale: haddii kale qoraalka iswiidhishka ah ayaa la muujinayaa iyadoo lagu daray qoraal yar oo sharax ah.
profile-edit-preview = Horu-eeg
field-phone = Telefoon
field-phone-hint = Tusaale ahaan 08-123 45 67
field-email = Iimayl
field-email-hint = Tusaale ahaan info@exempel.se
field-website = Websaydh
field-website-hint = Wuxuu ku bilaabmaa https://
field-street_address = Cinwaanka boostada
field-street_address-hint = Waddada iyo lambarka
field-postal_code = Lambarka boostada
field-postal_code-hint = Shan tiro, tusaale ahaan 131 30
field-city = Magaalada
field-city-hint = Tusaale ahaan Nacka
field-employee_count = Tirada shaqaalaha
field-employee_count-hint = Tiro dhan
field-presentation = Isbarasho ku qoran { $language }
field-presentation-required = Isbarasho ku qoran { $language } (waa lagama maarmaan)

profile-preview-title = Horu-eeg
profile-preview-intro = Sidan ayaa qof kastaa u arki doonaa bogga. Xogta xiriirka isla markiiba waa la daabacaa marka aad dirto; xaqiiqooyinka iyo qoraallada kadib dib-u-eegista degmada.
profile-preview-submit = Dir
profile-preview-edit = Wax kale beddel

review-title = Dib-u-eeg isbeddelada: { $provider }
review-changes-heading = Waxa isbeddelaya
review-legend = Qoraalka lagu daray waxaa hoosta ka xarriiqan, qoraalka la tirtiray waxaa dhex mara xarriiq.
review-no-changes = Ma jiraan isbeddelo xaqiiqooyinka ama qoraallada ah.
review-added = Lagu daray
review-removed = La saaray
review-decision-heading = Go'aan
review-publish = Daabac
review-comment = Faallo loogu talagalay adeeg-bixiyaha
review-return = Dib u celi adigoo faallo raacinaya

providers-admin-title = Adeeg-bixiyeyaasha iyo oggolaanshaha
providers-admin-list-heading = Dhammaan adeeg-bixiyeyaasha
authorize-heading = Sii oggolaansho adeeg-bixiye
authorize-submit = Sii oggolaansho
field-provider = Adeeg-bixiye
field-level = Barnaamij
field-from = Laga bilaabo
field-to = Ilaa iyo
field-to-hint = Banaan ka tag haddii oggolaanshuhu socdo ilaa ogeysiis kale.
field-last-day = Maalinta ugu dambeysa
deauthorize-submit = Jooji
authorization-open = ilaa ogeysiis kale
authorization-end = Jooji oggolaanshaha
provider-organisation-number = Lambarka diiwaangelinta hay'adda { $number }
new-provider-heading = Ku dar adeeg-bixiye
field-provider-name = Magaca adeeg-bixiyaha
field-organisation_number = Lambarka diiwaangelinta hay'adda
field-organisation_number-hint = Toban tiro, tusaale ahaan 212000-0142
new-provider-submit = Ku dar

invitations-title = Casuumaadaha
invitation-created = Casuumaadda waa la sameeyay, waxayna ansax tahay ilaa { $date }. Koobiyee xiriirka oo sii qofka. Xiriirka hadda oo keliya ayaa la muujinayaa.
invitation-link = Xiriirka casuumaadda
invitation-copy = Koobi garee xiriirka casumaadda
field-role = Doorka
role-provider_editor = Tafatire u qaabilsan adeeg-bixiye
role-admin = Maamule degmada ka tirsan
field-provider-for-editor = Adeeg-bixiye (tafatirayaasha)
field-provider-none = Dooro adeeg-bixiye
invitation-submit = Samee casuumaad
invitation-list-heading = Casuumaadaha la sameeyay
invitation-created-on = La sameeyay
invitation-expires = Ansax ilaa
invitation-status = Xaaladda
invitation-status-open = Furan
invitation-status-accepted = La isticmaalay
invitation-status-expired = Waqtigii wuu dhacay
invitation-accept-title = Samee akoonkaaga
invitation-as-editor = Waxaa laguu casuumay inaad noqoto tafatire u qaabilsan { $provider }.
invitation-as-admin = Waxaa laguu casuumay inaad noqoto maamule degmada ka tirsan.
invitation-accept-submit = Samee akoon
invitation-expired = Casuumaadda waqtigeedii wuu dhacay. Degmada ka codso mid cusub.
invitation-used = Casuumaadda horay ayaa loo isticmaalay. Ku gal akoonkaaga.
invitation-unknown = Xiriirku ma aha casuumaad ansax ah. Hubi in xiriirka oo dhan la koobiyeeyay.
error-required = Fadlan buuxi goobtan.

password-title = Beddel erayga sirta ah
password-intro = Qor erayga sirta ah ee hadda oo dooro mid cusub. Beddelka kadib waxaa lagaa saarayaa dhammaan qalabka kale.
password-submit = Beddel erayga sirta ah
field-current_password = Erayga sirta ah ee hadda
error-current-password = Erayga sirta ah ee hadda ma saxna.
error-password-common = Eraygan sirta ah aad buu u caan yahay ama wuu ku soo baxay xog la xaday. Dooro mid kale, tusaale ahaan weedh aad xasuusato.
done-password-changed = Erayga sirta ah waa la beddelay. Waxaa lagaa saaray dhammaan qalabka kale.
