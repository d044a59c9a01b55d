# Jämföraren – svenska (standard), faktablad. Granskning: utkast skrivet av utvecklare efter riktlinjerna för lättläst, ej granskat av språkgranskare eller lättläst-skribent.
# Faktabladen är skrivna på lättläst svenska: korta meningar, en tanke per rad, vanliga ord, det viktigaste först.
# Varje rad i ett meddelande med flera rader visas som ett eget stycke eller en egen punkt.
# Källor: Övergripande rutiner för kundval arbete och etablering (NAF 2024–013) §2, §5, §7, §11, §13;
# för insatserna före 2024: Redovisning av arbetsmarknadsinsatser 2023 (NAF-2023-275) och Modell för uppföljning 2024 §3.1.

## Delar som är lika i alla faktablad

sheet-title = Faktablad om { $level }
sheet-link = Läs faktabladet om { $level }
sheet-back-to-index = Alla faktablad
sheet-index-title = Faktablad om insatserna
sheet-index-intro = Här finns ett faktablad för varje insats. Faktabladen är skrivna på lättläst svenska. De finns på alla språk som Jämföraren har. Du kan skriva ut dem.
sheet-heading-what = Vad är det?
sheet-heading-who = Vem är det för?
sheet-heading-length = Hur länge?
sheet-heading-happens = Vad händer?
sheet-heading-goal = Vad är målet?
sheet-heading-rights = Dina rättigheter
sheet-heading-ask = Vem kan du fråga?
sheet-rights =
    Du väljer själv vilken anordnare du vill ha.
    En anordnare kan vara ett företag, en ideell organisation eller kommunen.
    På Jämföraren ser du alla anordnare som du kan välja.
    Du kan byta anordnare.
    Vill du inte välja? Då får du förvalsanordnaren.
    Förvalsanordnaren byts varannan vecka enligt en lista.
    Du kan be om ett möte med anordnaren och din karriärvägledare.
sheet-rights-historical =
    Du valde själv vilken anordnare du ville ha.
    Du kunde byta anordnare.
    Den här insatsen finns inte längre.
    I dag finns kundvalen FAI, AMI och ISA i stället.
sheet-ask =
    Fråga din karriärvägledare på Nacka kommun.
    Karriärvägledaren bestämmer om din insats och hjälper dig att välja.
    Du kan också fråga din anordnare.
    Behöver du tolk? Säg det till din karriärvägledare.
sheet-historical-note = Den här insatsen fanns till och med juni 2024. Faktabladet finns kvar för att visa hur det var.
sheet-providers-link = Se vilka anordnare du kan välja för { $level }
sheet-source = Faktabladet bygger på Nacka kommuns regler för kundval från 2024.
sheet-source-historical = Faktabladet bygger på Nacka kommuns redovisning av insatserna 2023.
sheet-read-aloud = Läs upp
sheet-stop-reading = Sluta läsa
sheet-print = Skriv ut

## FAI 1

sheet-FAI1-what =
    FAI 1 är en arbetsprövning.
    Du prövar att arbeta på en arbetsplats.
    En anordnare ger dig stöd hela tiden.
    Tillsammans tar ni reda på vad du kan arbeta med.
    Ni tar också reda på hur mycket du kan arbeta.
sheet-FAI1-who =
    FAI 1 är för dig som inte vet hur mycket du kan arbeta.
    Din arbetsförmåga behöver bli tydlig.
    Arbetsförmåga betyder vad du kan arbeta med och hur mycket.
sheet-FAI1-length =
    FAI 1 pågår i högst 3 månader.
    Oftast går det inte att förlänga insatsen.
    Ibland kan den förlängas 1 månad i taget, högst 2 månader.
sheet-FAI1-happens =
    När du har valt anordnare börjar insatsen.
    Anordnaren kontaktar dig.
    Ni har ett första möte inom en vecka.
    Inom 14 dagar gör ni en plan tillsammans. Den heter genomförandeplan.
    Du prövar att arbeta på en arbetsplats.
    Du har kontakt med anordnaren minst en gång i veckan.
    Varje månad pratar ni om hur det går.
    Anordnaren skriver en rapport till din karriärvägledare varje månad.
sheet-FAI1-goal =
    Målet är att du vet vad du kan arbeta med och hur mycket.
    Sedan kan du gå vidare till AMI 2. Det är arbetsträning.
    Eller så får du stöd från en annan myndighet.

## FAI 2

sheet-FAI2-what =
    FAI 2 är aktiviteter som är ett första steg mot arbete.
    Du gör aktiviteter tillsammans med andra människor.
    En anordnare ger dig stöd hela tiden.
sheet-FAI2-who =
    FAI 2 är för dig som länge har varit utan arbete, studier eller annan sysselsättning.
    Du behöver först komma in i ett sammanhang med andra människor.
sheet-FAI2-length =
    FAI 2 pågår i högst 6 månader.
    Oftast går det inte att förlänga insatsen.
    Ibland kan den förlängas 1 månad i taget, högst 2 månader.
sheet-FAI2-happens =
    När du har valt anordnare börjar insatsen.
    Anordnaren kontaktar dig.
    Ni har ett första möte inom en vecka.
    Inom 14 dagar gör ni en plan tillsammans. Den heter genomförandeplan.
    Du gör aktiviteter tillsammans med andra.
    Du har kontakt med anordnaren minst en gång i veckan.
    Varje månad pratar ni om hur det går.
    Anordnaren skriver en rapport till din karriärvägledare varje månad.
sheet-FAI2-goal =
    Målet är att du ska kunna pröva att arbeta på en arbetsplats.
    Sedan kan du gå vidare till FAI 1. Det är en arbetsprövning.
    Eller så får du stöd från en annan myndighet.

## AMI 1

sheet-AMI1-what =
    AMI 1 är vägledning och hjälp att hitta ett arbete eller studier.
    Du lär dig hur arbetsmarknaden fungerar.
    En anordnare hjälper dig att hitta ett arbete eller en utbildning som passar dig.
sheet-AMI1-who =
    AMI 1 är för dig som kan arbeta heltid.
    Du behöver vägledning för att komma till ett arbete eller studier.
sheet-AMI1-length =
    AMI 1 pågår i högst 3 månader.
    Oftast går det inte att förlänga insatsen.
    Ibland kan den förlängas 1 månad i taget, högst 2 månader.
sheet-AMI1-happens =
    När du har valt anordnare börjar insatsen.
    Anordnaren kontaktar dig.
    Ni har ett första möte inom en vecka.
    Inom 14 dagar gör ni en plan tillsammans. Den heter genomförandeplan.
    Ni letar efter arbeten eller utbildningar som passar dig.
    Du har kontakt med anordnaren minst en gång i veckan.
    Varje månad pratar ni om hur det går.
    Anordnaren skriver en rapport till din karriärvägledare varje månad.
sheet-AMI1-goal =
    Målet är att du ska försörja dig själv.
    Du kan försörja dig med ett arbete.
    Du kan också studera med studiemedel eller starta ett eget företag.

## AMI 2

sheet-AMI2-what =
    AMI 2 är arbetsträning och vägledning.
    Du tränar på att arbeta på en arbetsplats.
    Du lär dig hur arbetsmarknaden fungerar.
    En anordnare hjälper dig mot ett arbete eller studier.
sheet-AMI2-who =
    AMI 2 är för dig som kan arbeta minst 25 procent av heltid.
    Det är ungefär 10 timmar i veckan.
    Du behöver stöd för att komma till ett arbete eller studier.
sheet-AMI2-length =
    AMI 2 pågår i högst 12 månader.
    Oftast går det inte att förlänga insatsen.
    Ibland kan den förlängas 1 månad i taget, högst 2 månader.
sheet-AMI2-happens =
    När du har valt anordnare börjar insatsen.
    Anordnaren kontaktar dig.
    Ni har ett första möte inom en vecka.
    Inom 14 dagar gör ni en plan tillsammans. Den heter genomförandeplan.
    Du tränar på att arbeta på en arbetsplats.
    Du har kontakt med anordnaren minst en gång i veckan.
    Varje månad pratar ni om hur det går.
    Anordnaren skriver en rapport till din karriärvägledare varje månad.
sheet-AMI2-goal =
    Målet är att du ska försörja dig själv.
    Du kan försörja dig med ett arbete.
    Du kan också studera med studiemedel eller starta ett eget företag.

## ISA 1

sheet-ISA1-what =
    ISA 1 är språkträning på en arbetsplats.
    Du tränar svenska på en arbetsplats där man pratar svenska.
    Samtidigt studerar du sfi. Sfi är svenska för invandrare.
    En anordnare ger dig stöd hela tiden.
sheet-ISA1-who =
    ISA 1 är för dig som är ny i Sverige.
    Du är med i Arbetsförmedlingens etableringsprogram.
    Eller så har du rätt att vara med i programmet.
sheet-ISA1-length =
    ISA 1 pågår i högst 9 månader.
    Oftast går det inte att förlänga insatsen.
    Ibland kan den förlängas 1 månad i taget, högst 2 månader.
sheet-ISA1-happens =
    När du har valt anordnare börjar insatsen.
    Anordnaren kontaktar dig.
    Ni har ett första möte inom en vecka.
    Inom 14 dagar gör ni en plan tillsammans. Den heter genomförandeplan.
    Du tränar svenska på en arbetsplats och studerar sfi.
    Du har kontakt med anordnaren minst en gång i veckan.
    Varje månad pratar ni om hur det går.
    Anordnaren skriver en rapport till din karriärvägledare varje månad.
sheet-ISA1-goal =
    Målet är att du snabbt kommer ut på en arbetsplats och lär dig svenska.
    Sedan får du stöd från Arbetsförmedlingen.
    Eller så går du vidare till en annan insats.

## ISA 2

sheet-ISA2-what =
    ISA 2 är språkträning på en arbetsplats.
    Du tränar svenska på en arbetsplats där man pratar svenska.
    Samtidigt studerar du sfi. Sfi är svenska för invandrare.
    En anordnare ger dig stöd hela tiden.
sheet-ISA2-who =
    ISA 2 är för dig som är ny i Sverige och inte kan vara med i Arbetsförmedlingens etableringsprogram.
    Den är också för dig som har varit med i etableringsprogrammet men inte är klar med sfi.
sheet-ISA2-length =
    ISA 2 pågår i högst 12 månader.
    Oftast går det inte att förlänga insatsen.
    Ibland kan den förlängas 1 månad i taget, högst 2 månader.
sheet-ISA2-happens =
    När du har valt anordnare börjar insatsen.
    Anordnaren kontaktar dig.
    Ni har ett första möte inom en vecka.
    Inom 14 dagar gör ni en plan tillsammans. Den heter genomförandeplan.
    Du tränar svenska på en arbetsplats och studerar sfi.
    Du har kontakt med anordnaren minst en gång i veckan.
    Varje månad pratar ni om hur det går.
    Anordnaren skriver en rapport till din karriärvägledare varje månad.
sheet-ISA2-goal =
    Målet är att du blir klar med sfi.
    Sedan kan du gå vidare till en annan insats, till exempel AMI 2.

## Jobbpeng grund (före 2024)

sheet-JPG-what =
    Jobbpeng grund var en insats för att hitta ett arbete.
    En anordnare gav dig stöd.
sheet-JPG-who =
    Jobbpeng grund var för dig som hade arbetat förut.
    Du behövde inte pröva hur mycket du kunde arbeta.
sheet-JPG-length =
    Karriärvägledaren bestämde hur länge insatsen skulle pågå.
    Insatsen kunde förlängas efter ett möte med dig, anordnaren och karriärvägledaren.
sheet-JPG-happens =
    Du och anordnaren gjorde en plan tillsammans.
    Du fick hjälp med ditt CV och ditt personliga brev.
    Du kunde göra praktik hos en arbetsgivare.
    Anordnaren skrev en rapport till din karriärvägledare varje månad.
    När insatsen slutade skrev anordnaren en slutrapport.
sheet-JPG-goal =
    Målet var att du skulle försörja dig själv.
    Med ett arbete, med studier eller med ett eget företag.

## Förstärkt jobbpeng (före 2024)

sheet-FJP-what =
    Förstärkt jobbpeng var en insats med extra stöd på vägen till arbete.
    En anordnare gav dig stöd.
sheet-FJP-who =
    Förstärkt jobbpeng var för dig som inte hade arbetat förut.
    Eller för dig som inte hade arbetat på länge.
    Du behövde mer stöd, ofta från flera håll.
sheet-FJP-length =
    Karriärvägledaren bestämde hur länge insatsen skulle pågå.
    Insatsen kunde förlängas efter ett möte med dig, anordnaren och karriärvägledaren.
sheet-FJP-happens =
    Du och anordnaren gjorde en plan tillsammans.
    Du fick aktiviteter som passade dina behov.
    Du kunde arbetsträna på en eller flera arbetsplatser.
    Anordnaren samarbetade med andra som gav dig stöd.
    Anordnaren skrev en rapport till din karriärvägledare varje månad.
    När insatsen slutade skrev anordnaren en slutrapport.
sheet-FJP-goal =
    Målet var att du skulle försörja dig själv.
    Med ett arbete, med studier eller med ett eget företag.

## Språk- och arbetsintroduktion, SAI (före 2024)

sheet-SAI-what =
    SAI var en insats där du lärde dig svenska och kom ut i arbetslivet.
    Minst halva tiden tränade du svenska på en arbetsplats.
    Resten av tiden studerade du sfi och samhällsorientering.
sheet-SAI-who =
    SAI var för dig som bodde i Nacka och var 18 till 65 år.
    Svenska språket var ett hinder för dig att få ett arbete.
sheet-SAI-length =
    Karriärvägledaren bestämde hur länge insatsen skulle pågå.
    Insatsen kunde förlängas efter ett möte med dig, anordnaren och karriärvägledaren.
sheet-SAI-happens =
    Du och anordnaren gjorde en plan tillsammans.
    Du tränade svenska på en arbetsplats.
    Du studerade sfi och samhällsorientering.
    Anordnaren skrev en rapport till din karriärvägledare varje månad.
    När insatsen slutade skrev anordnaren en slutrapport.
sheet-SAI-goal =
    Målet var att du skulle lära dig svenska.
    Och att du skulle få en plats på arbetsmarknaden som håller.
