<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AddOrganisation</name>
    <message>
        <source>Add an organisation</source>
        <translation>Lisää organisaatio</translation>
    </message>
    <message>
        <source>Do you want to trust {organisation}?</source>
        <translation>Luotatko organisaatioon {organisation}?</translation>
    </message>
    <message>
        <source>Then the app can tell you when a helper works for {organisation}.</source>
        <translation>Silloin sovellus voi kertoa, kun auttaja on töissä organisaatiossa {organisation}.</translation>
    </message>
    <message>
        <source>Say yes only if {organisation} gave you this file themselves.</source>
        <translation>Vastaa kyllä vain, jos {organisation} antoi sinulle tämän tiedoston itse.</translation>
    </message>
    <message>
        <source>Their mark is {mark}. Ask them to read their mark to you.</source>
        <translation>Heidän tunnuksensa on {mark}. Pyydä heitä lukemaan tunnus sinulle.</translation>
    </message>
    <message>
        <source>Yes, trust them</source>
        <translation>Kyllä, luotan</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>This file is not from an organisation. Nothing was changed.</source>
        <translation>Tämä tiedosto ei ole organisaatiolta. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Did an organisation give you a file? Then you can add the organisation here.</source>
        <translation>Saitko organisaatiolta tiedoston? Silloin voit lisätä organisaation tästä.</translation>
    </message>
    <message>
        <source>Files from an organisation</source>
        <translation>Tiedostot organisaatiolta</translation>
    </message>
    <message>
        <source>Done. The app now trusts {organisation}.</source>
        <translation>Valmis. Sovellus luottaa nyt organisaatioon {organisation}.</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Teksti ja värit</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Messages</source>
        <translation>Viestit</translation>
    </message>
    <message>
        <source>&amp;Write a message</source>
        <translation>&amp;Kirjoita viesti</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Kirjoita viesti</translation>
    </message>
    <message>
        <source>{who} wrote: {message}</source>
        <translation>{who} kirjoitti: {message}</translation>
    </message>
</context>
<context>
    <name>CodeCountdown</name>
    <message numerus="yes">
        <source>The code works for %n more minutes.</source>
        <translation>
            <numerusform>Koodi toimii vielä %n minuutin ajan.</numerusform>
            <numerusform>Koodi toimii vielä %n minuuttia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>Sovellus ei voi käynnistyä</translation>
    </message>
    <message>
        <source>The settings that came with this app have a mistake. Please tell the people who gave you this app.</source>
        <translation>Sovelluksen mukana tulleissa asetuksissa on virhe. Kerro siitä niille, jotka antoivat sinulle sovelluksen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>We do not know who this person is.</source>
        <translation>Emme tiedä, kuka tämä ihminen on.</translation>
    </message>
    <message>
        <source>They can move your mouse and click on anything.</source>
        <translation>Hän voi liikuttaa hiirtäsi ja klikata mitä tahansa.</translation>
    </message>
    <message>
        <source>They can type on your keyboard.</source>
        <translation>Hän voi kirjoittaa näppäimistölläsi.</translation>
    </message>
    <message>
        <source>They can open your files, your email and your programs.</source>
        <translation>Hän voi avata tiedostosi, sähköpostisi ja ohjelmasi.</translation>
    </message>
    <message>
        <source>Never allow this while your online bank is open.</source>
        <translation>Älä koskaan salli tätä, kun verkkopankkisi on auki.</translation>
    </message>
    <message>
        <source>{organisation} has confirmed who this person is.</source>
        <translation>{organisation} on varmistanut, kuka tämä ihminen on.</translation>
    </message>
    <message>
        <source>We do not know who this person is. Companies and authorities never call you to ask for this.</source>
        <translation>Emme tiedä, kuka tämä ihminen on. Yritykset ja viranomaiset eivät koskaan soita ja pyydä tätä.</translation>
    </message>
    <message>
        <source>Did you call them, or did they call you?</source>
        <translation>Soititko sinä hänelle, vai soittiko hän sinulle?</translation>
    </message>
    <message>
        <source>I called them</source>
        <translation>Minä soitin hänelle</translation>
    </message>
    <message>
        <source>They called me</source>
        <translation>Hän soitti minulle</translation>
    </message>
    <message>
        <source>Take a moment to think. Then you can answer.</source>
        <translation>Mieti hetki. Sitten voit vastata.</translation>
    </message>
    <message>
        <source>Someone calls themselves {name}, but it is not the {name} who helped you before.</source>
        <translation>Joku kutsuu itseään nimellä {name}. Hän ei ole se {name}, joka on auttanut sinua ennen.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has helped you %n times.</source>
        <translation>
            <numerusform>{name} on auttanut sinua %n kerran.</numerusform>
            <numerusform>{name} on auttanut sinua %n kertaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the first time this person helps you.</source>
        <translation>Tämä ihminen auttaa sinua nyt ensimmäistä kertaa.</translation>
    </message>
</context>
<context>
    <name>DesktopProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>Sovellus ei voi käynnistyä</translation>
    </message>
    <message>
        <source>This app cannot show your screen on this computer. Please tell the people who gave you this app.</source>
        <translation>Sovellus ei voi näyttää näyttöäsi tällä tietokoneella. Kerro asiasta niille, jotka antoivat sinulle sovelluksen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>DesktopQuestion</name>
    <message>
        <source>Your computer will ask you too</source>
        <translation>Tietokoneesi kysyy myös</translation>
    </message>
    <message>
        <source>Your computer will now ask you too. Press Share. Then your helper can see your screen. Tick the box too if your helper may use your mouse later.</source>
        <translation>Tietokoneesi kysyy nyt myös. Paina Jaa. Sitten auttajasi näkee näyttösi. Rastita myös ruutu, jos auttaja saa myöhemmin käyttää hiirtäsi.</translation>
    </message>
    <message>
        <source>Your screen is not shared</source>
        <translation>Näyttöäsi ei jaeta</translation>
    </message>
    <message>
        <source>You pressed Cancel on your computer&apos;s question. Your helper sees nothing. You can get a new code and try again.</source>
        <translation>Painoit Peru tietokoneesi kysymyksessä. Auttajasi ei näe mitään. Voit hakea uuden koodin ja yrittää uudelleen.</translation>
    </message>
    <message>
        <source>Your computer stopped showing your screen. Your helper sees nothing now. You can get a new code if you need more help.</source>
        <translation>Tietokoneesi lopetti näyttösi näyttämisen. Auttajasi ei näe nyt mitään. Voit hakea uuden koodin, jos tarvitset lisää apua.</translation>
    </message>
    <message>
        <source>Your computer did not let this app show your screen. Your helper sees nothing. Please tell the people who gave you this app.</source>
        <translation>Tietokoneesi ei antanut tämän sovelluksen näyttää näyttöäsi. Auttajasi ei näe mitään. Kerro asiasta niille, jotka antoivat sinulle sovelluksen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>Text and colours</source>
        <translation>Teksti ja värit</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Tavallinen</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Iso</translation>
    </message>
    <message>
        <source>Very large</source>
        <translation>Tosi iso</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Värit</translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation>Musta teksti valkoisella</translation>
    </message>
    <message>
        <source>White text on black</source>
        <translation>Valkoinen teksti mustalla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What this app does</source>
        <translation>Mitä tämä sovellus tekee</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. They can show you how to do things. You decide what they see.</source>
        <translation>Ihminen, johon luotat, voi nähdä näyttösi ja auttaa sinua. Hän voi näyttää, miten asiat tehdään. Sinä päätät, mitä hän näkee.</translation>
    </message>
    <message>
        <source>1. Call your helper</source>
        <translation>1. Soita auttajalle</translation>
    </message>
    <message>
        <source>First call your helper on the phone. Your helper can be a relative or a worker from a help service.</source>
        <translation>Soita ensin auttajallesi puhelimella. Auttaja voi olla sukulainen. Hän voi olla myös työntekijä neuvontapalvelusta.</translation>
    </message>
    <message>
        <source>2. Read the code</source>
        <translation>2. Lue koodi</translation>
    </message>
    <message>
        <source>Press Get help. The app shows a code with many numbers. Read the numbers to your helper on the phone.</source>
        <translation>Paina Hae apua. Sovellus näyttää koodin, jossa on monta numeroa. Lue numerot auttajalle puhelimessa.</translation>
    </message>
    <message>
        <source>3. You decide</source>
        <translation>3. Sinä päätät</translation>
    </message>
    <message>
        <source>Your helper types the code. Then the app asks you a question. Can your helper see your screen? Press Allow only if you know the person.</source>
        <translation>Auttaja kirjoittaa koodin. Sitten sovellus kysyy sinulta. Saako auttaja nähdä näyttösi? Paina Salli vain, jos tunnet ihmisen.</translation>
    </message>
    <message>
        <source>4. Your helper shows you</source>
        <translation>4. Auttaja näyttää sinulle</translation>
    </message>
    <message>
        <source>Your helper sees your screen. Your helper can point and draw on your screen. Your helper may ask to use your mouse and keyboard. You can say yes or no.</source>
        <translation>Auttaja näkee näyttösi. Auttaja voi osoittaa ja piirtää näytöllesi. Auttaja voi pyytää saada käyttää hiirtä ja näppäimistöä. Voit vastata kyllä tai ei.</translation>
    </message>
    <message>
        <source>5. Stop at any time</source>
        <translation>5. Voit lopettaa milloin vain</translation>
    </message>
    <message>
        <source>Press Stop when you want. Then your helper sees nothing. While your helper sees your screen, a Stop button stays at the top.</source>
        <translation>Paina Lopeta, kun haluat. Sen jälkeen auttaja ei näe mitään. Kun auttaja näkee näyttösi, Lopeta-painike on aina ylhäällä.</translation>
    </message>
    <message>
        <source>Try it first</source>
        <translation>Kokeile ensin</translation>
    </message>
    <message>
        <source>You can practise without a real helper. Press Practise first on the first screen. Nothing you do there is real.</source>
        <translation>Voit harjoitella ilman oikeaa auttajaa. Paina ensimmäisellä sivulla Harjoittele ensin. Mikään harjoituksessa ei ole totta.</translation>
    </message>
    <message>
        <source>Help face to face</source>
        <translation>Apua kasvokkain</translation>
    </message>
    <message>
        <source>This app does not replace help face to face. You can always visit a service point and ask for help there.</source>
        <translation>Tämä sovellus ei korvaa apua kasvokkain. Voit aina mennä palvelupisteeseen ja pyytää apua siellä.</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Miten tämä toimii?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past help</source>
        <translation>Aiempi apu</translation>
    </message>
    <message>
        <source>This list is only on this computer. You can delete it.</source>
        <translation>Tämä lista on vain tässä tietokoneessa. Voit poistaa sen.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Täällä ei ole mitään.</translation>
    </message>
    <message>
        <source>Keep the chat in this list</source>
        <translation>Säilytä keskustelu tässä listassa</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Poista kaikki</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
</context>
<context>
    <name>HomeCall</name>
    <message>
        <source>The computer did not allow the microphone. You can still write in the chat.</source>
        <translation>Tietokone ei antanut käyttää mikrofonia. Voit silti kirjoittaa viestin.</translation>
    </message>
    <message>
        <source>No camera was found. Your helper can still hear you.</source>
        <translation>Kameraa ei löytynyt. Auttajasi kuulee sinut silti.</translation>
    </message>
    <message>
        <source>No microphone was found. You can still write in the chat.</source>
        <translation>Mikrofonia ei löytynyt. Voit silti kirjoittaa viestin.</translation>
    </message>
    <message>
        <source>Sound does not work on this computer now. You can still write in the chat.</source>
        <translation>Ääni ei nyt toimi tällä tietokoneella. Voit silti kirjoittaa viestin.</translation>
    </message>
    <message>
        <source>Your helper</source>
        <translation>Auttajasi</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Puhelu: {name}</translation>
    </message>
    <message>
        <source>{name} wants to talk with you through the computer. You can then put the phone down.</source>
        <translation>{name} haluaa puhua kanssasi tietokoneen kautta. Sitten voit laskea puhelimen pois.</translation>
    </message>
    <message>
        <source>Your microphone stays off until you choose Talk.</source>
        <translation>Mikrofonisi pysyy pois päältä, kunnes valitset Puhu.</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Puhu</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ei nyt</translation>
    </message>
    <message>
        <source>You see {name} on their camera.</source>
        <translation>{name} näkyy kamerassa.</translation>
    </message>
    <message>
        <source>{name} has no camera on.</source>
        <translation>{name} ei ole laittanut kameraa päälle.</translation>
    </message>
    <message>
        <source>● Your microphone is on. {name} hears you.</source>
        <translation>● Mikrofonisi on päällä. {name} kuulee sinut.</translation>
    </message>
    <message>
        <source>The call waits while the help is paused.</source>
        <translation>Puhelu odottaa, kun apu on tauolla.</translation>
    </message>
    <message>
        <source>Your microphone is off.</source>
        <translation>Mikrofonisi on pois päältä.</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Laita mikrofoni päälle</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Laita mikrofoni pois päältä</translation>
    </message>
    <message>
        <source>● {name} sees you on your camera.</source>
        <translation>● {name} näkee sinut kamerasta.</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Piilota kamerani</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Näytä kamerani</translation>
    </message>
    <message>
        <source>Say something — the bar moves.</source>
        <translation>Sano jotain – palkki liikkuu.</translation>
    </message>
    <message>
        <source>How loud your microphone is</source>
        <translation>Mikrofonisi äänen voimakkuus</translation>
    </message>
    <message>
        <source>Test my microphone</source>
        <translation>Kokeile mikrofonia</translation>
    </message>
    <message>
        <source>Make smaller</source>
        <translation>Pienennä</translation>
    </message>
    <message>
        <source>Make bigger</source>
        <translation>Suurenna</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Lopeta puhelu</translation>
    </message>
    <message>
        <source>The call ended because the connection was lost. {name} can call you again.</source>
        <translation>Puhelu päättyi, koska yhteys katkesi. {name} voi soittaa sinulle uudelleen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>The computer&apos;s usual microphone</source>
        <translation>Tietokoneen tavallinen mikrofoni</translation>
    </message>
    <message>
        <source>The computer&apos;s usual speaker</source>
        <translation>Tietokoneen tavallinen kaiutin</translation>
    </message>
    <message>
        <source>The computer&apos;s usual camera</source>
        <translation>Tietokoneen tavallinen kamera</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofoni:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Kaiutin:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>Kam&amp;era:</translation>
    </message>
</context>
<context>
    <name>HomeEnded</name>
    <message>
        <source>You stopped the help. Nobody sees your screen now.</source>
        <translation>Lopetit avun. Kukaan ei nyt näe näyttöäsi.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen.</source>
        <translation>Vastasit ei. Kukaan ei näe näyttöäsi.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen. End the call now. This may be a trick. Do not give anyone a code or your bank codes. If you are worried, call a person you know.</source>
        <translation>Sanoit ei. Kukaan ei näe näyttöäsi. Lopeta puhelu nyt. Tämä voi olla huijaus. Älä anna kenellekään koodia tai pankkitunnuksiasi. Jos olet huolissasi, soita jollekin tutulle.</translation>
    </message>
    <message>
        <source>The organisation no longer confirms who your helper is. So we stopped the help. Nobody sees your screen now.</source>
        <translation>Organisaatio ei enää vahvista, kuka auttajasi on. Siksi lopetimme avun. Kukaan ei nyt näe näyttöäsi.</translation>
    </message>
    <message>
        <source>Your helper ended the help. Nobody sees your screen now.</source>
        <translation>Auttajasi lopetti avun. Kukaan ei nyt näe näyttöäsi.</translation>
    </message>
    <message>
        <source>The code did not work. Get a new code and read it to your helper again.</source>
        <translation>Koodi ei toiminut. Hae uusi koodi ja lue se auttajalle uudelleen.</translation>
    </message>
    <message>
        <source>The code is too old. You can get a new code.</source>
        <translation>Koodi on liian vanha. Voit hakea uuden koodin.</translation>
    </message>
    <message>
        <source>This took too long. You can get a new code.</source>
        <translation>Tämä kesti liian kauan. Voit hakea uuden koodin.</translation>
    </message>
    <message>
        <source>Something was wrong, so we stopped to keep you safe. You can get a new code.</source>
        <translation>Jokin oli vialla, joten lopetimme turvallisuutesi vuoksi. Voit hakea uuden koodin.</translation>
    </message>
    <message>
        <source>We could not connect. Check that the internet works and try again.</source>
        <translation>Yhteys ei onnistunut. Tarkista, että internet toimii, ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This app is not set up to connect safely, so it did not connect. Ask the person who set up your computer to fix it.</source>
        <translation>Sovellusta ei ole asetettu ottamaan yhteyttä turvallisesti, joten se ei ottanut yhteyttä. Pyydä tietokoneesi asentanutta henkilöä korjaamaan asia.</translation>
    </message>
    <message>
        <source>The help went on for a very long time, so it ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Apu kesti hyvin kauan, joten se päättyi. Kukaan ei näe näyttöäsi nyt. Voit hakea uuden koodin, jos tarvitset vielä apua.</translation>
    </message>
    <message>
        <source>The help service is busy now. Please try again soon.</source>
        <translation>Apupalvelu on nyt kiireinen. Yritä pian uudelleen.</translation>
    </message>
    <message>
        <source>This app is too old to get help. Ask your helper how to get the new version.</source>
        <translation>Tämä sovellus on liian vanha. Kysy auttajalta, miten saat uuden version.</translation>
    </message>
    <message>
        <source>The connection broke. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Yhteys katkesi. Kukaan ei näe näyttöäsi nyt. Voit hakea uuden koodin, jos tarvitset vielä apua.</translation>
    </message>
    <message>
        <source>The help has ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Apu on päättynyt. Kukaan ei näe näyttöäsi nyt. Voit hakea uuden koodin, jos tarvitset vielä apua.</translation>
    </message>
</context>
<context>
    <name>HomeReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Yhteys katkesi. Yritetään uudelleen…</translation>
    </message>
    <message>
        <source>Your helper cannot use your mouse and keyboard now.</source>
        <translation>Auttajasi ei voi nyt käyttää hiirtäsi eikä näppäimistöäsi.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Aikaa jäljellä sekunteina: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. Your helper sees your screen. They must ask again to use your mouse.</source>
        <translation>Yhteys toimii taas. Auttajasi näkee näyttösi. Hänen pitää kysyä uudelleen, jos hän haluaa käyttää hiirtäsi.</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>Get help</source>
        <translation>Hae apua</translation>
    </message>
    <message>
        <source>Get help with your computer</source>
        <translation>Hae apua tietokoneen käyttöön</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. You decide what they see.</source>
        <translation>Luotettava ihminen voi nähdä näyttösi ja auttaa sinua. Sinä päätät, mitä hän näkee.</translation>
    </message>
    <message>
        <source>This app comes from {organisation}.</source>
        <translation>Sovelluksen on antanut {organisation}.</translation>
    </message>
    <message>
        <source>This app keeps nothing on this computer after you close it.</source>
        <translation>Sovellus ei jätä tähän tietokoneeseen mitään, kun suljet sen.</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Lue tämä koodi auttajallesi.</translation>
    </message>
    <message>
        <source>Your code is {code}.</source>
        <translation>Koodisi on {code}.</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust.</source>
        <translation>Anna koodi vain ihmiselle, jonka tunnet ja johon luotat.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Your helper typed the code. Please wait a moment.</source>
        <translation>Auttajasi kirjoitti koodin. Odota hetki.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} haluaa nähdä näyttösi.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Salli tämä vain, jos tunnet tämän ihmisen. Älä koskaan salli tätä, kun verkkopankki on auki.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>Saako {name} nähdä näyttösi?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Salli</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Älä salli</translation>
    </message>
    <message>
        <source>Past help</source>
        <translation>Aiempi apu</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Onko tämä turvallista?</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Miten tämä toimii?</translation>
    </message>
    <message>
        <source>Practise first</source>
        <translation>Harjoittele ensin</translation>
    </message>
    <message>
        <source>Helper mark: {mark}. The same helper always has the same mark.</source>
        <translation>Auttajan tunnus: {mark}. Samalla auttajalla on aina sama tunnus.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sinä</translation>
    </message>
    <message>
        <source>The help has ended</source>
        <translation>Apu on päättynyt</translation>
    </message>
    <message>
        <source>Get help again</source>
        <translation>Hae apua uudelleen</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Choose your language</source>
        <translation>Valitse kieli</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Maria</source>
        <comment>the pretend helper&apos;s name in practice mode</comment>
        <translation>Maria</translation>
    </message>
    <message>
        <source>Practice. This is not real help. Nobody sees your screen.</source>
        <translation>Harjoitus. Tämä ei ole oikeaa apua. Kukaan ei näe näyttöäsi.</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>Lopeta harjoitus</translation>
    </message>
    <message>
        <source>Practise getting help</source>
        <translation>Harjoittele avun saamista</translation>
    </message>
    <message>
        <source>Here you can try how getting help works. A pretend helper called {name} helps you. Nothing here is real. You cannot make a mistake.</source>
        <translation>Tässä voit kokeilla, miten apu toimii. Leikkiauttaja {name} auttaa sinua. Mikään tässä ei ole totta. Et voi tehdä virhettä.</translation>
    </message>
    <message>
        <source>Start practice</source>
        <translation>Aloita harjoitus</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Lue tämä koodi auttajalle.</translation>
    </message>
    <message>
        <source>The practice code is {code}.</source>
        <translation>Harjoituksen koodi on {code}.</translation>
    </message>
    <message>
        <source>In real help, you read the code to your helper on the phone. Now you only pretend. Press the button when you are ready.</source>
        <translation>Oikeassa avussa luet koodin auttajalle puhelimessa. Nyt vain leikit. Paina painiketta, kun olet valmis.</translation>
    </message>
    <message>
        <source>I read the code</source>
        <translation>Luin koodin</translation>
    </message>
    <message>
        <source>{name} typed the code. Please wait a moment.</source>
        <translation>{name} kirjoitti koodin. Odota hetki.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} haluaa nähdä näyttösi.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Salli tämä vain, jos tunnet tämän ihmisen. Älä koskaan salli, kun verkkopankki on auki.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>Saako {name} nähdä näyttösi?</translation>
    </message>
    <message>
        <source>This is practice. You can press either button.</source>
        <translation>Tämä on harjoitus. Voit painaa kumpaa tahansa.</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Älä salli</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Salli</translation>
    </message>
    <message>
        <source>You said no.</source>
        <translation>Sanoit ei.</translation>
    </message>
    <message>
        <source>That is right if you do not know the person. In real help, nobody sees your screen now.</source>
        <translation>Se on oikein, jos et tunne ihmistä. Oikeassa avussa kukaan ei nyt näe näyttöäsi.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Kokeile uudelleen</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} näkee näyttösi.</translation>
    </message>
    <message>
        <source>Look at your screen. {name} shows you things with a pointer.</source>
        <translation>Katso näyttöäsi. {name} näyttää asioita osoittimella.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Lopeta näytön jakaminen</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Hyvin tehty!</translation>
    </message>
    <message>
        <source>You stopped the help. Nobody sees your screen now. You can stop real help in the same way.</source>
        <translation>Lopetit avun. Kukaan ei näe näyttöäsi nyt. Voit lopettaa oikean avun samalla tavalla.</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Harjoittele uudelleen</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Alkuun</translation>
    </message>
    <message>
        <source>{name} says: Now press Stop. You can always stop like this.</source>
        <translation>{name} sanoo: Paina nyt Lopeta. Voit aina lopettaa näin.</translation>
    </message>
    <message>
        <source>{name} says: Hello! Can you see my pointer? It shows where I look.</source>
        <translation>{name} sanoo: Hei! Näetkö osoittimeni? Se näyttää, mihin katson.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>You logged in. Can {name} use your mouse and keyboard again?</source>
        <translation>Kirjauduit sisään. Saako {name} taas käyttää hiirtäsi ja näppäimistöäsi?</translation>
    </message>
    <message>
        <source>{name} cannot see this page or use your mouse and keyboard.</source>
        <translation>{name} ei näe tätä sivua eikä voi käyttää hiirtäsi tai näppäimistöäsi.</translation>
    </message>
    <message>
        <source>{name} cannot use your mouse or keyboard while this page is open. {name} can still see and point.</source>
        <translation>{name} ei voi käyttää hiirtäsi tai näppäimistöäsi, kun tämä sivu on auki. {name} näkee yhä ja voi osoittaa.</translation>
    </message>
    <message>
        <source>You are typing a password. {name} cannot see it.</source>
        <translation>Kirjoitat salasanaa. {name} ei näe sitä.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>You decide</source>
        <translation>Sinä päätät</translation>
    </message>
    <message>
        <source>Nobody sees your screen before you click Allow. You can stop at any time with the Stop button. After that, your helper sees nothing.</source>
        <translation>Kukaan ei näe näyttöäsi ennen kuin painat Salli. Voit lopettaa milloin vain Lopeta-napilla. Sen jälkeen auttaja ei näe mitään.</translation>
    </message>
    <message>
        <source>The code works only once</source>
        <translation>Koodi toimii vain kerran</translation>
    </message>
    <message>
        <source>The code works only for a short time. If someone types a wrong code, the code stops working. Then you can get a new code.</source>
        <translation>Koodi toimii vain lyhyen aikaa. Jos joku kirjoittaa väärän koodin, koodi lakkaa toimimasta. Silloin voit hakea uuden koodin.</translation>
    </message>
    <message>
        <source>Only your helper can see</source>
        <translation>Vain auttajasi näkee</translation>
    </message>
    <message>
        <source>Only the person who has your code can ask to see your screen. The picture of your screen is locked on the way. Only your helper&apos;s app can open it. Not even the people who run this service can see it.</source>
        <translation>Vain ihminen, jolla on koodisi, voi pyytää nähdä näyttösi. Näyttösi kuva on lukittu matkalla. Vain auttajasi sovellus voi avata sen. Edes tämän palvelun ylläpitäjät eivät näe sitä.</translation>
    </message>
    <message>
        <source>Watch out for tricks</source>
        <translation>Varo huijauksia</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust. A bank, the police or a company never calls you to ask for this code. If a stranger asks you to use this app, end the call. Never allow help while your online bank is open. Never tell anyone your bank codes or passwords.</source>
        <translation>Anna koodi vain ihmiselle, jonka tunnet ja johon luotat. Pankki, poliisi tai yritys ei koskaan soita ja pyydä tätä koodia. Jos vieras pyytää sinua käyttämään tätä sovellusta, lopeta puhelu. Älä koskaan salli apua, kun verkkopankki on auki. Älä koskaan kerro kenellekään pankkitunnuksiasi tai salasanojasi.</translation>
    </message>
    <message>
        <source>Your bank is protected</source>
        <translation>Pankkisi on suojattu</translation>
    </message>
    <message>
        <source>Some pages are protected, such as your online bank. There your helper cannot use your mouse or keyboard. Your helper can still see the page and point. The app knows the pages of Finnish banks, Suomi.fi, Kela, OmaKanta and OmaVero. You can protect any other window with the button Protect this window. When you type a password, your helper cannot type there or see it.</source>
        <translation>Jotkin sivut ovat suojattuja, kuten verkkopankkisi. Niillä auttajasi ei voi käyttää hiirtäsi tai näppäimistöäsi. Auttajasi näkee silti sivun ja voi osoittaa. Sovellus tuntee suomalaisten pankkien, Suomi.fi:n, Kelan, OmaKannan ja OmaVeron sivut. Voit suojata minkä tahansa muun ikkunan painikkeella Suojaa tämä ikkuna. Kun kirjoitat salasanaa, auttajasi ei voi kirjoittaa siihen eikä nähdä sitä.</translation>
    </message>
    <message>
        <source>A private moment</source>
        <translation>Yksityinen hetki</translation>
    </message>
    <message>
        <source>Press Private moment when you want to do something alone. Your helper sees only a grey picture and cannot use your mouse or keyboard. Press Show again when you are ready.</source>
        <translation>Paina Yksityinen hetki, kun haluat tehdä jotain yksin. Auttajasi näkee vain harmaan kuvan eikä voi käyttää hiirtäsi tai näppäimistöäsi. Paina Näytä taas, kun olet valmis.</translation>
    </message>
    <message>
        <source>Your helper&apos;s mark</source>
        <translation>Auttajasi tunnus</translation>
    </message>
    <message>
        <source>The app shows your helper&apos;s name and a mark of letters and numbers. The same helper always has the same mark. If the mark is new, ask your helper why.</source>
        <translation>Sovellus näyttää auttajasi nimen ja tunnuksen, jossa on kirjaimia ja numeroita. Samalla auttajalla on aina sama tunnus. Jos tunnus on uusi, kysy auttajalta miksi.</translation>
    </message>
    <message>
        <source>Who is your helper?</source>
        <translation>Kuka sinua auttaa?</translation>
    </message>
    <message>
        <source>Some helpers work for an organisation, such as your city or library. The organisation can confirm who they are. Then the app shows the name of the organisation in large letters. If the app says that we do not know who the person is, be careful. The app also tells you if this person has helped you before.</source>
        <translation>Jotkut auttajat ovat töissä esimerkiksi kaupungilla tai kirjastossa. Silloin työpaikka voi vahvistaa, kuka auttaja on. Sovellus näyttää työpaikan nimen isoilla kirjaimilla. Jos sovellus sanoo, ettemme tiedä kuka ihminen on, ole varovainen. Sovellus kertoo myös, onko tämä ihminen auttanut sinua ennen.</translation>
    </message>
    <message>
        <source>If something is wrong</source>
        <translation>Jos jokin on vialla</translation>
    </message>
    <message>
        <source>If the app notices something strange, it stops at once. Then nobody sees your screen. You can get a new code and try again.</source>
        <translation>Jos sovellus huomaa jotain outoa, se lopettaa heti. Silloin kukaan ei näe näyttöäsi. Voit hakea uuden koodin ja yrittää uudelleen.</translation>
    </message>
    <message>
        <source>What the app cannot do</source>
        <translation>Mitä sovellus ei voi tehdä</translation>
    </message>
    <message>
        <source>The app cannot protect you from a computer virus. If you think your computer has a virus, ask for help face to face.</source>
        <translation>Sovellus ei voi suojata sinua tietokoneviruksilta. Jos epäilet, että tietokoneessasi on virus, pyydä apua kasvokkain.</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Onko tämä turvallista?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>ScreenChoice</name>
    <message>
        <source>The screen on the left</source>
        <translation>Vasemmanpuoleinen näyttö</translation>
    </message>
    <message>
        <source>The screen on the right</source>
        <translation>Oikeanpuoleinen näyttö</translation>
    </message>
    <message>
        <source>The screen in the middle</source>
        <translation>Keskimmäinen näyttö</translation>
    </message>
    <message>
        <source>The screen at the top</source>
        <translation>Ylempi näyttö</translation>
    </message>
    <message>
        <source>The screen at the bottom</source>
        <translation>Alempi näyttö</translation>
    </message>
    <message>
        <source>Your screen</source>
        <translation>Näyttösi</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Näyttö %1</translation>
    </message>
    <message>
        <source>Which screen may %1 see now?</source>
        <translation>Minkä näytön %1 saa nyt nähdä?</translation>
    </message>
    <message>
        <source>Keep this screen</source>
        <translation>Pidä tämä näyttö</translation>
    </message>
    <message>
        <source>Which screen may %1 see?</source>
        <translation>Minkä näytön %1 saa nähdä?</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>Älä jaa</translation>
    </message>
    <message>
        <source>Press the picture of the screen to share.</source>
        <translation>Paina sen näytön kuvaa, jonka haluat jakaa.</translation>
    </message>
    <message>
        <source>Share this screen.</source>
        <translation>Jaa tämä näyttö.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Protect this window</source>
        <translation>Suojaa tämä ikkuna</translation>
    </message>
    <message>
        <source>Your helper cannot use the window you are using now</source>
        <translation>Auttajasi ei voi käyttää ikkunaa, jota käytät nyt</translation>
    </message>
    <message>
        <source>Allow again</source>
        <translation>Salli taas</translation>
    </message>
    <message>
        <source>Show another screen</source>
        <translation>Vaihda näyttöä</translation>
    </message>
    <message>
        <source>Your screen is shared</source>
        <translation>Näyttösi näkyy auttajalle</translation>
    </message>
</context>
<context>
    <name>SharedScreen</name>
    <message>
        <source>They have one screen.</source>
        <translation>Heillä on yksi näyttö.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the left.</source>
        <translation>Näet näytön %1/%2, vasemmanpuoleisen.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the right.</source>
        <translation>Näet näytön %1/%2, oikeanpuoleisen.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one in the middle.</source>
        <translation>Näet näytön %1/%2, keskimmäisen.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the top.</source>
        <translation>Näet näytön %1/%2, ylemmän.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the bottom.</source>
        <translation>Näet näytön %1/%2, alemman.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2.</source>
        <translation>Näet näytön %1/%2.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>{name} uses your mouse and keyboard.</source>
        <translation>{name} käyttää hiirtäsi ja näppäimistöäsi.</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} näkee näyttösi.</translation>
    </message>
    <message>
        <source>Take back control</source>
        <translation>Ota hiiri takaisin</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Lopeta näytön näyttäminen</translation>
    </message>
    <message>
        <source>Move your own mouse if you want {name} to stop for a moment.</source>
        <translation>Liikuta omaa hiirtäsi, jos haluat, että {name} pysähtyy hetkeksi.</translation>
    </message>
    <message>
        <source>Private moment. {name} cannot see your screen.</source>
        <translation>Yksityinen hetki. {name} ei näe näyttöäsi.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Näytä taas</translation>
    </message>
    <message>
        <source>Show your screen again</source>
        <translation>Näytä näyttösi taas</translation>
    </message>
    <message>
        <source>Private moment</source>
        <translation>Yksityinen hetki</translation>
    </message>
    <message>
        <source>Hide your screen for a private moment</source>
        <translation>Piilota näyttösi yksityisen hetken ajaksi</translation>
    </message>
    <message>
        <source>Sharing is paused. {name} cannot see your screen.</source>
        <translation>Näyttäminen on tauolla. {name} ei näe näyttöäsi.</translation>
    </message>
    <message>
        <source>Press Show again when you are ready.</source>
        <translation>Paina Näytä taas, kun olet valmis.</translation>
    </message>
    <message>
        <source>{name} can point and draw on your screen to show you things.</source>
        <translation>{name} voi osoittaa ja piirtää näytölläsi ja näyttää sinulle asioita.</translation>
    </message>
    <message>
        <source>{name} asks to use your mouse and keyboard.</source>
        <translation>{name} pyytää saada käyttää hiirtäsi ja näppäimistöäsi.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Salli tämä vain, jos tunnet tämän ihmisen. Älä koskaan salli tätä, kun verkkopankki on auki.</translation>
    </message>
    <message>
        <source>Can {name} use your mouse and keyboard?</source>
        <translation>Saako {name} käyttää hiirtäsi ja näppäimistöäsi?</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Älä salli</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Salli</translation>
    </message>
    <message>
        <source>Do you want to keep sharing your screen?</source>
        <translation>Haluatko jatkaa näytön näyttämistä?</translation>
    </message>
    <message>
        <source>Soon we will ask if you want to keep sharing your screen.</source>
        <translation>Pian kysymme, haluatko jatkaa näytön näyttämistä.</translation>
    </message>
    <message>
        <source>Ask me again after this many &amp;minutes:</source>
        <translation>Kysy minulta uudelleen näin monen &amp;minuutin päästä:</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>{name} helped you.</source>
        <translation>{name} auttoi sinua.</translation>
    </message>
    <message numerus="yes">
        <source>{name} saw your screen for %n minutes.</source>
        <translation>
            <numerusform>{name} näki näyttösi %n minuutin ajan.</numerusform>
            <numerusform>{name} näki näyttösi %n minuutin ajan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} used your mouse and keyboard for %n minutes.</source>
        <translation>
            <numerusform>{name} käytti hiirtäsi ja näppäimistöäsi %n minuutin ajan.</numerusform>
            <numerusform>{name} käytti hiirtäsi ja näppäimistöäsi %n minuutin ajan.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} did not use your mouse or keyboard.</source>
        <translation>{name} ei käyttänyt hiirtäsi eikä näppäimistöäsi.</translation>
    </message>
    <message numerus="yes">
        <source>You had %n private moments.</source>
        <translation>
            <numerusform>Sinulla oli %n yksityinen hetki.</numerusform>
            <numerusform>Sinulla oli %n yksityistä hetkeä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected page, like your bank, was open %n times. {name} could not use it.</source>
        <translation>
            <numerusform>Suojattu sivu, kuten pankkisi, oli auki %n kerran. {name} ei voinut käyttää sitä.</numerusform>
            <numerusform>Suojattu sivu, kuten pankkisi, oli auki %n kertaa. {name} ei voinut käyttää sitä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterCall</name>
    <message>
        <source>Your computer did not allow the microphone.</source>
        <translation>Tietokoneesi ei antanut käyttää mikrofonia.</translation>
    </message>
    <message>
        <source>No microphone was found on your computer.</source>
        <translation>Tietokoneestasi ei löytynyt mikrofonia.</translation>
    </message>
    <message>
        <source>No camera was found on your computer.</source>
        <translation>Tietokoneestasi ei löytynyt kameraa.</translation>
    </message>
    <message>
        <source>Sound does not work on your computer now.</source>
        <translation>Ääni ei nyt toimi tietokoneellasi.</translation>
    </message>
    <message>
        <source>The person&apos;s camera</source>
        <translation>Henkilön kamera</translation>
    </message>
    <message>
        <source>You can offer a call while you see the screen.</source>
        <translation>Voit tarjota puhelua, kun näet näytön.</translation>
    </message>
    <message>
        <source>Waiting for the person to answer your call…</source>
        <translation>Odotetaan, että henkilö vastaa puheluusi…</translation>
    </message>
    <message>
        <source>The person paused the help. The call waits.</source>
        <translation>Henkilö laittoi avun tauolle. Puhelu odottaa.</translation>
    </message>
    <message>
        <source>In a call. The person turned their microphone off.</source>
        <translation>Puhelu käynnissä. Henkilö laittoi mikrofoninsa pois päältä.</translation>
    </message>
    <message>
        <source>In a call. Your microphone is off.</source>
        <translation>Puhelu käynnissä. Mikrofonisi on pois päältä.</translation>
    </message>
    <message>
        <source>In a call. The person hears you.</source>
        <translation>Puhelu käynnissä. Henkilö kuulee sinut.</translation>
    </message>
    <message>
        <source>No call.</source>
        <translation>Ei puhelua.</translation>
    </message>
    <message>
        <source>Offer a call</source>
        <translation>Tarjoa puhelua</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Laita mikrofoni päälle</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Laita mikrofoni pois päältä</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Lopeta puhelu</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Piilota kamerani</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Näytä kamerani</translation>
    </message>
</context>
<context>
    <name>SupporterEnded</name>
    <message>
        <source>You ended the session.</source>
        <translation>Lopetit istunnon.</translation>
    </message>
    <message>
        <source>The person did not allow screen sharing.</source>
        <translation>Henkilö ei sallinut näytön jakamista.</translation>
    </message>
    <message>
        <source>The person ended the session.</source>
        <translation>Henkilö lopetti istunnon.</translation>
    </message>
    <message>
        <source>No one is waiting with this code. Ask the person to read the code again.</source>
        <translation>Kukaan ei odota tällä koodilla. Pyydä henkilöä lukemaan koodi uudelleen.</translation>
    </message>
    <message>
        <source>This code is already in use. Ask for a new code.</source>
        <translation>Koodi on jo käytössä. Pyydä uusi koodi.</translation>
    </message>
    <message>
        <source>The code did not match, so it no longer works. Ask the person for a new code.</source>
        <translation>Koodi ei täsmännyt, joten se ei enää toimi. Pyydä henkilöltä uusi koodi.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new code.</source>
        <translation>Koodi on vanhentunut. Pyydä uusi koodi.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation>Liian monta yritystä. Odota minuutti ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This service lets in only supporters with a certificate from an organisation it trusts. Ask your organisation for a certificate and load it.</source>
        <translation>Tämä palvelu päästää sisään vain tukihenkilöt, joilla on varmenne palvelun luotettavalta organisaatiolta. Pyydä organisaatioltasi varmenne ja lataa se.</translation>
    </message>
    <message>
        <source>The session ended. Your organisation&apos;s confirmation is no longer valid. Ask your organisation.</source>
        <translation>Istunto päättyi. Organisaatiosi vahvistus ei ole enää voimassa. Kysy organisaatioltasi.</translation>
    </message>
    <message>
        <source>The connection failed a security check and was closed. Ask for a new code.</source>
        <translation>Yhteys ei läpäissyt turvatarkistusta, ja se suljettiin. Pyydä uusi koodi.</translation>
    </message>
    <message>
        <source>Cannot reach the pairing server. Check the network and try again.</source>
        <translation>Yhdistämispalvelimeen ei saada yhteyttä. Tarkista verkko ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The pairing server address starts with ws://, which is not protected. Use a wss:// address (ws:// only for a server on this computer).</source>
        <translation>Yhdistämispalvelimen osoite alkaa ws://, eikä sitä ole suojattu. Käytä wss://-osoitetta (ws:// vain tämän tietokoneen palvelimelle).</translation>
    </message>
    <message>
        <source>The pairing server ended the session: it was open too long or unused for too long. Ask the person for a new code to help again.</source>
        <translation>Yhdistämispalvelin lopetti istunnon: se oli auki liian kauan tai käyttämättä liian kauan. Jos haluat auttaa uudelleen, pyydä henkilöltä uusi koodi.</translation>
    </message>
    <message>
        <source>The connection took too long. Try again.</source>
        <translation>Yhteyden muodostus kesti liian kauan. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The pairing server is busy or restarting. Try again in a minute.</source>
        <translation>Yhdistämispalvelin on kiireinen tai käynnistyy uudelleen. Yritä minuutin päästä uudelleen.</translation>
    </message>
    <message>
        <source>The pairing server does not support this version of the app. Update the app and try again.</source>
        <translation>Yhdistämispalvelin ei tue tätä sovelluksen versiota. Päivitä sovellus ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The pairing server refused a message before the apps were paired. Ask for a new code and try again.</source>
        <translation>Yhdistämispalvelin hylkäsi viestin ennen kuin sovellukset yhdistyivät. Pyydä uusi koodi ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The connection was lost. Ask the person for a new code to continue.</source>
        <translation>Yhteys katkesi. Pyydä henkilöltä uusi koodi jatkaaksesi.</translation>
    </message>
    <message>
        <source>The session ended. To help again, ask the person for a new code.</source>
        <translation>Istunto päättyi. Jos haluat auttaa uudelleen, pyydä henkilöltä uusi koodi.</translation>
    </message>
</context>
<context>
    <name>SupporterHelp</name>
    <message>
        <source>1. Get the code</source>
        <translation>1. Saa koodi</translation>
    </message>
    <message>
        <source>Call the person first. They press Get help and read you a code of 13 digits. Type it here with your name and press Connect. The app notices most typing mistakes before it connects.</source>
        <translation>Soita ensin henkilölle. Hän painaa Hae apua ja lukee sinulle 13-numeroisen koodin. Kirjoita se tähän nimesi kanssa ja paina Yhdistä. Sovellus huomaa useimmat kirjoitusvirheet ennen yhdistämistä.</translation>
    </message>
    <message>
        <source>2. Wait for permission</source>
        <translation>2. Odota lupaa</translation>
    </message>
    <message>
        <source>The person sees your name and your identity mark, and decides. Nothing is shown before they press Allow. A wrong code ends the code for good; ask for a new one.</source>
        <translation>Henkilö näkee nimesi ja tunnistemerkkisi ja päättää. Mitään ei näytetä ennen kuin hän painaa Salli. Väärä koodi lopettaa koodin lopullisesti; pyydä uusi.</translation>
    </message>
    <message>
        <source>3. Teach first</source>
        <translation>3. Opeta ensin</translation>
    </message>
    <message>
        <source>Move the mouse over the picture to show your pointer on their screen. Drag to draw, click to say &quot;look here&quot;. Let the person do things themselves when they can.</source>
        <translation>Liikuta hiirtä kuvan päällä, niin osoittimesi näkyy hänen näytöllään. Vedä piirtääksesi, napsauta sanoaksesi &quot;katso tästä&quot;. Anna henkilön tehdä itse, kun hän pystyy.</translation>
    </message>
    <message>
        <source>4. Mouse and keyboard</source>
        <translation>4. Hiiri ja näppäimistö</translation>
    </message>
    <message>
        <source>Press Ask for control only when teaching is not enough. The person must allow it separately and can take control back at any time. When they move their own mouse, your input waits.</source>
        <translation>Paina Pyydä ohjausta vain, kun opettaminen ei riitä. Henkilön on sallittava se erikseen, ja hän voi ottaa ohjauksen takaisin milloin vain. Kun hän liikuttaa omaa hiirtään, sinun syötteesi odottaa.</translation>
    </message>
    <message>
        <source>5. Ending</source>
        <translation>5. Lopettaminen</translation>
    </message>
    <message>
        <source>The person can pause or stop at any moment. Press End session when you are done. Nothing stays open afterwards.</source>
        <translation>Henkilö voi keskeyttää tai lopettaa milloin vain. Paina Lopeta istunto, kun olet valmis. Mitään ei jää auki jälkeenpäin.</translation>
    </message>
    <message>
        <source>Keep the person safe</source>
        <translation>Pidä henkilö turvassa</translation>
    </message>
    <message>
        <source>Never ask for passwords, bank codes or card numbers. Ask the person to close their online bank before you look. Remind them that no bank or authority ever calls to ask for this code.</source>
        <translation>Älä koskaan kysy salasanoja, pankkitunnuksia tai korttinumeroita. Pyydä henkilöä sulkemaan verkkopankki ennen kuin katsot. Muistuta, ettei mikään pankki tai viranomainen koskaan soita kysyäkseen tätä koodia.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>SupporterIdentity</name>
    <message>
        <source>Your identity mark is {mark}. The person sees the same mark before they allow you.</source>
        <translation>Tunnuksesi on {mark}. Henkilö näkee saman tunnuksen ennen kuin hän sallii sinut.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. No safe key store was found on this computer, so the mark lasts only until you close the app.</source>
        <translation>Tunnuksesi on {mark}. Tietokoneesta ei löytynyt turvallista avainvarastoa, joten tunnus on voimassa vain, kunnes suljet sovelluksen.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The only key store here saves secrets as plain text, so it is not used and the mark lasts only until you close the app.</source>
        <translation>Tunnuksesi on {mark}. Täällä oleva avainvarasto tallentaa salaisuudet selkokielisinä, joten sitä ei käytetä ja tunnus on voimassa vain, kunnes suljet sovelluksen.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The saved key could not be read and was left as it is, so this mark lasts only until you close the app.</source>
        <translation>Tunnuksesi on {mark}. Tallennettua avainta ei voitu lukea, ja se jätettiin ennalleen, joten tämä tunnus on voimassa vain, kunnes suljet sovelluksen.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The key store could not be opened, so the mark lasts only until you close the app.</source>
        <translation>Tunnuksesi on {mark}. Avainvarastoa ei voitu avata, joten tunnus on voimassa vain, kunnes suljet sovelluksen.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. It lasts only until you close the app.</source>
        <translation>Tunnuksesi on {mark}. Se on voimassa vain, kunnes suljet sovelluksen.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} has expired. Ask them for a new one.</source>
        <translation>Varmenteesi organisaatiolta {organisation} on vanhentunut. Pyydä heiltä uusi.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} is valid until {date}. The person sees that {organisation} has confirmed who you are.</source>
        <translation>Varmenteesi organisaatiolta {organisation} on voimassa {date} asti. Autettava näkee, että {organisation} on varmistanut, kuka olet.</translation>
    </message>
</context>
<context>
    <name>SupporterReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Yhteys katkesi. Yritetään uudelleen…</translation>
    </message>
    <message>
        <source>Your keys and buttons were released; control has ended.</source>
        <translation>Näppäimesi ja painikkeesi vapautettiin; ohjaus päättyi.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Aikaa jäljellä sekunteina: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. You see the screen; ask again if you need control.</source>
        <translation>Yhteys toimii taas. Näet näytön; pyydä ohjausta uudelleen, jos tarvitset sitä.</translation>
    </message>
</context>
<context>
    <name>SupporterRefused</name>
    <message>
        <source>The person has a protected page open, such as their online bank. Your mouse and keyboard do nothing there. You can still point and draw.</source>
        <translation>Henkilöllä on auki suojattu sivu, kuten verkkopankki. Hiiresi ja näppäimistösi eivät toimi siellä. Voit yhä osoittaa ja piirtää.</translation>
    </message>
    <message>
        <source>The person is typing a password. Your keys are not used, and the field is hidden from your view.</source>
        <translation>Henkilö kirjoittaa salasanaa. Näppäimiäsi ei käytetä, ja kenttä on piilotettu näkymästäsi.</translation>
    </message>
    <message>
        <source>The person is doing something private.</source>
        <translation>Henkilö tekee jotain yksityistä.</translation>
    </message>
    <message>
        <source>You cannot use the buttons of the helper app on the other computer. To end the help, use End session in your own app.</source>
        <translation>Et voi käyttää toisen tietokoneen apusovelluksen painikkeita. Lopeta apu omassa sovelluksessasi painikkeella Lopeta istunto.</translation>
    </message>
    <message>
        <source>This key combination is blocked on the other computer to keep it safe.</source>
        <translation>Tämä näppäinyhdistelmä on estetty toisella tietokoneella turvallisuuden vuoksi.</translation>
    </message>
</context>
<context>
    <name>SupporterSteps</name>
    <message>
        <source>Connecting to the pairing server…</source>
        <translation>Yhdistetään yhdistämispalvelimeen…</translation>
    </message>
    <message>
        <source>Checking the code with the person&apos;s computer…</source>
        <translation>Tarkistetaan koodia henkilön tietokoneen kanssa…</translation>
    </message>
    <message>
        <source>Waiting for the person to allow you to see their screen…</source>
        <translation>Odotetaan, että henkilö sallii sinun nähdä näyttönsä…</translation>
    </message>
    <message>
        <source>Starting the screen view…</source>
        <translation>Käynnistetään näyttönäkymää…</translation>
    </message>
</context>
<context>
    <name>SupporterWindow</name>
    <message>
        <source>Assist – supporter</source>
        <translation>Assist – tukihenkilö</translation>
    </message>
    <message>
        <source>Help a person</source>
        <translation>Auta henkilöä</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Nimesi</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Koodi</translation>
    </message>
    <message>
        <source>Shown to the person</source>
        <translation>Näytetään henkilölle</translation>
    </message>
    <message>
        <source>1234 5678 9012 3</source>
        <translation>1234 5678 9012 3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Lopeta istunto</translation>
    </message>
    <message>
        <source>Give control back</source>
        <translation>Palauta ohjaus</translation>
    </message>
    <message>
        <source>Ask for control</source>
        <translation>Pyydä ohjausta</translation>
    </message>
    <message>
        <source>You control the person&apos;s mouse and keyboard. If they move their own mouse, you wait a moment. Ctrl+Alt+Home takes the keyboard back to this window.</source>
        <translation>Ohjaat henkilön hiirtä ja näppäimistöä. Jos hän liikuttaa omaa hiirtään, odotat hetken. Ctrl+Alt+Home palauttaa näppäimistön tähän ikkunaan.</translation>
    </message>
    <message>
        <source>The person is doing something private. You will see the screen again when they are ready.</source>
        <translation>Henkilö tekee jotain yksityistä. Näet näytön taas, kun hän on valmis.</translation>
    </message>
    <message>
        <source>Your name looks like a helper mark. Write your name without groups of letters and numbers like 7F3A-91C2.</source>
        <translation>Nimesi näyttää auttajan merkiltä. Kirjoita nimesi ilman kirjain- ja numeroryhmiä, kuten 7F3A-91C2.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sinä</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>The person&apos;s screen</source>
        <translation>Henkilön näyttö</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Istunto päättyi</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Uusi istunto</translation>
    </message>
    <message>
        <source>Waiting for the person to allow control…</source>
        <translation>Odotetaan, että henkilö sallii ohjauksen…</translation>
    </message>
    <message>
        <source>You see the person&apos;s screen. Point with the mouse; drag to draw; click to say &quot;look here&quot;.</source>
        <translation>Näet henkilön näytön. Osoita hiirellä, piirrä vetämällä ja napsauta, kun haluat sanoa ”katso tästä”.</translation>
    </message>
    <message>
        <source>The code looks right.</source>
        <translation>Koodi näyttää oikealta.</translation>
    </message>
    <message>
        <source>The code has 13 digits.</source>
        <translation>Koodissa on 13 numeroa.</translation>
    </message>
    <message>
        <source>The code has only digits.</source>
        <translation>Koodissa on vain numeroita.</translation>
    </message>
    <message>
        <source>This code has a typo. Check the digits with the person.</source>
        <translation>Koodissa on kirjoitusvirhe. Tarkista numerot henkilön kanssa.</translation>
    </message>
</context>
</TS>
