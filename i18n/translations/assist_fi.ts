<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
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
        <source>The help service is busy now. Please try again soon.</source>
        <translation>Apupalvelu on nyt kiireinen. Yritä pian uudelleen.</translation>
    </message>
    <message>
        <source>The connection broke. Nobody sees your screen now.</source>
        <translation>Yhteys katkesi. Kukaan ei nyt näe näyttöäsi.</translation>
    </message>
    <message>
        <source>The help has ended. Nobody sees your screen now.</source>
        <translation>Apu on päättynyt. Kukaan ei nyt näe näyttöäsi.</translation>
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
        <source>{name} sees your screen.</source>
        <translation>{name} näkee näyttösi.</translation>
    </message>
    <message>
        <source>{name} cannot use your mouse or keyboard.</source>
        <translation>{name} ei voi käyttää hiirtäsi eikä näppäimistöäsi.</translation>
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
        <source>The help has ended</source>
        <translation>Apu on päättynyt</translation>
    </message>
    <message>
        <source>Get help again</source>
        <translation>Hae apua uudelleen</translation>
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
    <name>ShareBar</name>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} näkee näyttösi.</translation>
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
        <source>Your screen is shared</source>
        <translation>Näyttösi näkyy auttajalle</translation>
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
        <source>The connection failed a security check and was closed. Ask for a new code.</source>
        <translation>Yhteys ei läpäissyt turvatarkistusta, ja se suljettiin. Pyydä uusi koodi.</translation>
    </message>
    <message>
        <source>Cannot reach the pairing server. Check the network and try again.</source>
        <translation>Yhdistämispalvelimeen ei saada yhteyttä. Tarkista verkko ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The connection took too long. Try again.</source>
        <translation>Yhteyden muodostus kesti liian kauan. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Yhteys katkesi.</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>Istunto päättyi.</translation>
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
        <source>You see the person&apos;s screen. You cannot control it.</source>
        <translation>Näet henkilön näytön. Et voi ohjata sitä.</translation>
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
