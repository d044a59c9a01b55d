# Jämföraren – العربية: where providers are (start places, distances, the map and visiting addresses). Review: machine-drafted by the developers, needs a human translator.
# Digits are Western (0–9), as in Swedish authorities' Arabic texts; place names, Saltsjöbanan, Wikipedia, Trafikverket and example values (postcode, coordinates) stay as written.

places-label = من أين تنطلق؟
places-hint = منطقة من مناطق البلدية أو محطة. عندها يظهر عند كل مقدّم خدمة كم يبعد، ويمكنك عرض الأقرب أولًا.
places-none = بدون مكان انطلاق
places-districts = مناطق البلدية
places-stops = محطات Saltsjöbanan
places-submit = اعرض المسافات

distance-under-one-km = أقل من 1 كم من { $place } في خط مستقيم
distance-about-km = نحو { $km } كم من { $place } في خط مستقيم
distance-no-address = لم يُذكر عنوان زيارة

order-distance = الأقرب أولًا (اختيارك)
order-distance-explained = الأقرب إلى { $place } أولًا، كما اخترت. يأتي مقدّمو الخدمة الذين ليس لديهم عنوان زيارة في آخر القائمة.
order-distance-needs-place = لعرض الأقرب أولًا، اختر المكان الذي تنطلق منه. حتى ذلك الحين تبقى القائمة بترتيب عشوائي.

map-heading = أين يوجد مقدّمو الخدمة
map-intro = يرسم Jämföraren هذه الخريطة بنفسه من إحداثيات العناوين. ليس لها خريطة خلفية، ولا يُرسَل منها شيء إلى خدمات الخرائط. كل رقم هو رقم مقدّم الخدمة في القائمة تحت الخريطة.
map-title = خريطة لعناوين زيارة مقدّمي الخدمة على شكل دوائر مرقّمة، ولمناطق البلدية على شكل مربعات، مع مقياس رسم واتجاه الشمال
map-no-points = لم يذكر أيٌّ من مقدّمي الخدمة المعروضين عنوان زيارة بعد.
map-providers-heading = مقدّمو الخدمة وعناوين زيارتهم
map-places-heading = أماكن على الخريطة
map-start-place = { $place } (مكان انطلاقك)
map-scale = { $km } كم
map-north = ش
map-source = مصادر الأماكن: Wikipedia (مناطق البلدية) و Trafikverket (المحطات). المسافات خطوط مستقيمة، وليست طرق السفر.

profile-addresses-heading = عناوين الزيارة
profile-edit-addresses-note = المكان الذي تلتقي فيه بالعملاء. اذكر الإحداثيات أيضًا، حتى تكون الخريطة والمسافات صحيحة. تراجع البلدية أي تغيير قبل نشره. لحذف عنوان، أفرغ كل حقوله.
profile-address-legend = عنوان الزيارة { $number }
field-address-street = الشارع والرقم
field-address-postal_code = الرمز البريدي
field-address-city = المدينة
field-address-coordinates = الإحداثيات (خط العرض، خط الطول)
field-address-coordinates-hint = كما تعرضها خدمة خرائط، مثلًا 59.31000, 18.16389.

error-address-part-required = عنوان الزيارة { $number }: املأ كل الأجزاء، أو اتركها كلها فارغة.
error-address-postal-code = عنوان الزيارة { $number }: اكتب رمزًا بريديًا من خمسة أرقام، مثلًا 131 30.
error-coordinates-format = عنوان الزيارة { $number }: اكتب الإحداثيات على شكل عددين، خط العرض أولًا، مثلًا 59.31000, 18.16389.
error-coordinates-outside = عنوان الزيارة { $number }: هذه الإحداثيات ليست لمكان في السويد. تحقّق من أن خط العرض (نحو 59) يأتي أولًا، ثم خط الطول (نحو 18).
error-addresses-too-many = الحدّ الأقصى لعدد عناوين الزيارة في الملف التعريفي هو { $max }.

addresses-correct-link = تصحيح عناوين زيارة { $provider }
addresses-correct-title = تصحيح عناوين الزيارة: { $provider }
addresses-correct-intro = صحّح عنوانًا أو إحداثياته، مثلًا بعد التحقق منها على خريطة. يُنشر التصحيح فورًا ويظهر في سجل الملف التعريفي.
addresses-correct-none = ليس لدى مقدّم الخدمة ملف تعريفي منشور بعد. يمكن تصحيح العناوين عندما يصبح له ملف.
addresses-correct-submit = انشر التصحيح
done-addresses-corrected = صُحّحت عناوين الزيارة ونُشرت.
