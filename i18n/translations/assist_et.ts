<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et" sourcelanguage="en">
<context>
    <name>AddOrganisation</name>
    <message>
        <source>Add an organisation</source>
        <translation>Lisa organisatsioon</translation>
    </message>
    <message>
        <source>Do you want to trust {organisation}?</source>
        <translation>Kas usaldad organisatsiooni {organisation}?</translation>
    </message>
    <message>
        <source>Then the app can tell you when a helper works for {organisation}.</source>
        <translation>Siis saab rakendus öelda, kui abistaja töötab organisatsioonis {organisation}.</translation>
    </message>
    <message>
        <source>Say yes only if {organisation} gave you this file themselves.</source>
        <translation>Vasta jah ainult siis, kui {organisation} andis selle faili sulle ise.</translation>
    </message>
    <message>
        <source>Their mark is {mark}. Ask them to read their mark to you.</source>
        <translation>Nende märk on {mark}. Palu neil oma märk sulle ette lugeda.</translation>
    </message>
    <message>
        <source>Yes, trust them</source>
        <translation>Jah, usaldan</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>This file is not from an organisation. Nothing was changed.</source>
        <translation>See fail ei ole organisatsioonilt. Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Did an organisation give you a file? Then you can add the organisation here.</source>
        <translation>Kas said organisatsioonilt faili? Siis saad organisatsiooni siin lisada.</translation>
    </message>
    <message>
        <source>Files from an organisation</source>
        <translation>Failid organisatsioonilt</translation>
    </message>
    <message>
        <source>Done. The app now trusts {organisation}.</source>
        <translation>Valmis. Rakendus usaldab nüüd organisatsiooni {organisation}.</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Keel:</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Tekst ja värvid</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Messages</source>
        <translation>Sõnumid</translation>
    </message>
    <message>
        <source>&amp;Write a message</source>
        <translation>&amp;Kirjuta sõnum</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Saada</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Kirjuta sõnum</translation>
    </message>
    <message>
        <source>{who} wrote: {message}</source>
        <translation>{who} kirjutas: {message}</translation>
    </message>
</context>
<context>
    <name>CodeCountdown</name>
    <message numerus="yes">
        <source>The code works for %n more minutes.</source>
        <translation>
            <numerusform>Kood kehtib veel %n minut.</numerusform>
            <numerusform>Kood kehtib veel %n minutit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>Rakendus ei saa käivituda</translation>
    </message>
    <message>
        <source>The settings that came with this app have a mistake. Please tell the people who gave you this app.</source>
        <translation>Rakendusega kaasa tulnud seadetes on viga. Teata sellest neile, kes andsid sulle rakenduse.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>We do not know who this person is.</source>
        <translation>Me ei tea, kes see inimene on.</translation>
    </message>
    <message>
        <source>They can move your mouse and click on anything.</source>
        <translation>Ta saab liigutada sinu hiirt ja klõpsata ükskõik millel.</translation>
    </message>
    <message>
        <source>They can type on your keyboard.</source>
        <translation>Ta saab kirjutada sinu klaviatuuril.</translation>
    </message>
    <message>
        <source>They can open your files, your email and your programs.</source>
        <translation>Ta saab avada sinu faile, e-kirju ja programme.</translation>
    </message>
    <message>
        <source>Never allow this while your online bank is open.</source>
        <translation>Ära luba seda kunagi, kui sinu internetipank on lahti.</translation>
    </message>
    <message>
        <source>{organisation} has confirmed who this person is.</source>
        <translation>{organisation} on kinnitanud, kes see inimene on.</translation>
    </message>
    <message>
        <source>We do not know who this person is. Companies and authorities never call you to ask for this.</source>
        <translation>Me ei tea, kes see inimene on. Firmad ja ametiasutused ei helista kunagi, et seda paluda.</translation>
    </message>
    <message>
        <source>Did you call them, or did they call you?</source>
        <translation>Kas sina helistasid talle või tema helistas sulle?</translation>
    </message>
    <message>
        <source>I called them</source>
        <translation>Mina helistasin</translation>
    </message>
    <message>
        <source>They called me</source>
        <translation>Tema helistas mulle</translation>
    </message>
    <message>
        <source>Take a moment to think. Then you can answer.</source>
        <translation>Mõtle hetk. Siis saad vastata.</translation>
    </message>
    <message>
        <source>Someone calls themselves {name}, but it is not the {name} who helped you before.</source>
        <translation>Keegi nimetab end nimega {name}. See ei ole see {name}, kes sind varem aitas.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has helped you %n times.</source>
        <translation>
            <numerusform>{name} on sind aidanud %n kord.</numerusform>
            <numerusform>{name} on sind aidanud %n korda.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the first time this person helps you.</source>
        <translation>See inimene aitab sind esimest korda.</translation>
    </message>
</context>
<context>
    <name>DesktopProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>Rakendus ei saa käivituda</translation>
    </message>
    <message>
        <source>This app cannot show your screen on this computer. Please tell the people who gave you this app.</source>
        <translation>Rakendus ei saa selles arvutis sinu ekraani näidata. Palun räägi sellest neile, kes rakenduse andsid.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
</context>
<context>
    <name>DesktopQuestion</name>
    <message>
        <source>Your computer will ask you too</source>
        <translation>Arvuti küsib ka sinult</translation>
    </message>
    <message>
        <source>Your computer will now ask you too. Press Share. Then your helper can see your screen. Tick the box too if your helper may use your mouse later.</source>
        <translation>Nüüd küsib ka arvuti sinult. Vajuta Jaga. Siis näeb abistaja sinu ekraani. Pane linnuke ka kasti, kui abistaja võib hiljem sinu hiirt kasutada.</translation>
    </message>
    <message>
        <source>Your screen is not shared</source>
        <translation>Sinu ekraani ei jagata</translation>
    </message>
    <message>
        <source>You pressed Cancel on your computer&apos;s question. Your helper sees nothing. You can get a new code and try again.</source>
        <translation>Sa vajutasid arvuti küsimuse juures Loobu. Abistaja ei näe midagi. Võid võtta uue koodi ja uuesti proovida.</translation>
    </message>
    <message>
        <source>Your computer stopped showing your screen. Your helper sees nothing now. You can get a new code if you need more help.</source>
        <translation>Arvuti lõpetas sinu ekraani näitamise. Abistaja ei näe nüüd midagi. Kui vajad veel abi, võid võtta uue koodi.</translation>
    </message>
    <message>
        <source>Your computer did not let this app show your screen. Your helper sees nothing. Please tell the people who gave you this app.</source>
        <translation>Arvuti ei lubanud sel rakendusel sinu ekraani näidata. Abistaja ei näe midagi. Palun ütle seda neile, kes selle rakenduse andsid.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>Text and colours</source>
        <translation>Tekst ja värvid</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Teksti suurus</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Tavaline</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Suur</translation>
    </message>
    <message>
        <source>Very large</source>
        <translation>Väga suur</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Värvid</translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation>Must tekst valgel</translation>
    </message>
    <message>
        <source>White text on black</source>
        <translation>Valge tekst mustal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What this app does</source>
        <translation>Mida see rakendus teeb</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. They can show you how to do things. You decide what they see.</source>
        <translation>Inimene, keda sa usaldad, saab näha sinu ekraani ja sind aidata. Ta saab näidata, kuidas asju teha. Sina otsustad, mida ta näeb.</translation>
    </message>
    <message>
        <source>1. Call your helper</source>
        <translation>1. Helista abistajale</translation>
    </message>
    <message>
        <source>First call your helper on the phone. Your helper can be a relative or a worker from a help service.</source>
        <translation>Kõigepealt helista oma abistajale. Abistaja võib olla sugulane. Ta võib olla ka abiteenuse töötaja.</translation>
    </message>
    <message>
        <source>2. Read the code</source>
        <translation>2. Loe kood ette</translation>
    </message>
    <message>
        <source>Press Get help. The app shows a code with many numbers. Read the numbers to your helper on the phone.</source>
        <translation>Vajuta nuppu Küsi abi. Rakendus näitab koodi, milles on palju numbreid. Loe numbrid telefonis abistajale ette.</translation>
    </message>
    <message>
        <source>3. You decide</source>
        <translation>3. Sina otsustad</translation>
    </message>
    <message>
        <source>Your helper types the code. Then the app asks you a question. Can your helper see your screen? Press Allow only if you know the person.</source>
        <translation>Abistaja kirjutab koodi sisse. Siis küsib rakendus sinult küsimuse. Kas abistaja võib sinu ekraani näha? Vajuta Luba ainult siis, kui sa tunned seda inimest.</translation>
    </message>
    <message>
        <source>4. Your helper shows you</source>
        <translation>4. Abistaja näitab sulle</translation>
    </message>
    <message>
        <source>Your helper sees your screen. Your helper can point and draw on your screen. Your helper may ask to use your mouse and keyboard. You can say yes or no.</source>
        <translation>Abistaja näeb sinu ekraani. Ta saab sinu ekraanil näidata ja joonistada. Ta võib küsida luba kasutada sinu hiirt ja klaviatuuri. Sa võid vastata jah või ei.</translation>
    </message>
    <message>
        <source>5. Stop at any time</source>
        <translation>5. Lõpeta millal tahes</translation>
    </message>
    <message>
        <source>Press Stop when you want. Then your helper sees nothing. While your helper sees your screen, a Stop button stays at the top.</source>
        <translation>Vajuta Lõpeta, kui soovid. Siis abistaja ei näe midagi. Kui abistaja näeb sinu ekraani, on nupp Lõpeta alati üleval.</translation>
    </message>
    <message>
        <source>Try it first</source>
        <translation>Proovi enne</translation>
    </message>
    <message>
        <source>You can practise without a real helper. Press Practise first on the first screen. Nothing you do there is real.</source>
        <translation>Sa saad harjutada ilma päris abistajata. Vajuta esimesel lehel nuppu Harjuta enne. Seal ei ole miski päris.</translation>
    </message>
    <message>
        <source>Help face to face</source>
        <translation>Abi kohapeal</translation>
    </message>
    <message>
        <source>This app does not replace help face to face. You can always visit a service point and ask for help there.</source>
        <translation>See rakendus ei asenda abi kohapeal. Sa võid alati minna teeninduspunkti ja küsida abi seal.</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Kuidas see töötab?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past help</source>
        <translation>Varasem abi</translation>
    </message>
    <message>
        <source>This list is only on this computer. You can delete it.</source>
        <translation>See nimekiri on ainult selles arvutis. Sa võid selle kustutada.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Siin ei ole midagi.</translation>
    </message>
    <message>
        <source>Keep the chat in this list</source>
        <translation>Hoia vestlus selles loendis alles</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Kustuta kõik</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
</context>
<context>
    <name>HomeCall</name>
    <message>
        <source>The computer did not allow the microphone. You can still write in the chat.</source>
        <translation>Arvuti ei lubanud mikrofoni kasutada. Sa saad ikka vestlusesse kirjutada.</translation>
    </message>
    <message>
        <source>No camera was found. Your helper can still hear you.</source>
        <translation>Kaamerat ei leitud. Sinu abistaja kuuleb sind ikka.</translation>
    </message>
    <message>
        <source>No microphone was found. You can still write in the chat.</source>
        <translation>Mikrofoni ei leitud. Sa saad ikka vestlusesse kirjutada.</translation>
    </message>
    <message>
        <source>Sound does not work on this computer now. You can still write in the chat.</source>
        <translation>Heli ei tööta praegu selles arvutis. Sa saad ikka vestlusesse kirjutada.</translation>
    </message>
    <message>
        <source>Your helper</source>
        <translation>Sinu abistaja</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Kõne: {name}</translation>
    </message>
    <message>
        <source>{name} wants to talk with you through the computer. You can then put the phone down.</source>
        <translation>{name} tahab sinuga arvuti kaudu rääkida. Siis võid telefoni käest panna.</translation>
    </message>
    <message>
        <source>Your microphone stays off until you choose Talk.</source>
        <translation>Sinu mikrofon on väljas, kuni valid Räägi.</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Räägi</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Mitte praegu</translation>
    </message>
    <message>
        <source>You see {name} on their camera.</source>
        <translation>Sa näed {name} kaamera kaudu.</translation>
    </message>
    <message>
        <source>{name} has no camera on.</source>
        <translation>Kasutaja {name} kaamera ei ole sees.</translation>
    </message>
    <message>
        <source>● Your microphone is on. {name} hears you.</source>
        <translation>● Sinu mikrofon on sees. {name} kuuleb sind.</translation>
    </message>
    <message>
        <source>The call waits while the help is paused.</source>
        <translation>Kõne ootab, kuni abi on peatatud.</translation>
    </message>
    <message>
        <source>Your microphone is off.</source>
        <translation>Sinu mikrofon on väljas.</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Lülita mu mikrofon sisse</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Lülita mu mikrofon välja</translation>
    </message>
    <message>
        <source>● {name} sees you on your camera.</source>
        <translation>● {name} näeb sind sinu kaamera kaudu.</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Peida mu kaamera</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Näita mu kaamerat</translation>
    </message>
    <message>
        <source>Say something — the bar moves.</source>
        <translation>Ütle midagi – riba liigub.</translation>
    </message>
    <message>
        <source>How loud your microphone is</source>
        <translation>Sinu mikrofoni helitugevus</translation>
    </message>
    <message>
        <source>Test my microphone</source>
        <translation>Proovi mu mikrofoni</translation>
    </message>
    <message>
        <source>Make smaller</source>
        <translation>Tee väiksemaks</translation>
    </message>
    <message>
        <source>Make bigger</source>
        <translation>Tee suuremaks</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Lõpeta kõne</translation>
    </message>
    <message>
        <source>The call ended because the connection was lost. {name} can call you again.</source>
        <translation>Kõne lõppes, sest ühendus katkes. {name} saab sulle uuesti helistada.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>The computer&apos;s usual microphone</source>
        <translation>Arvuti tavaline mikrofon</translation>
    </message>
    <message>
        <source>The computer&apos;s usual speaker</source>
        <translation>Arvuti tavaline kõlar</translation>
    </message>
    <message>
        <source>The computer&apos;s usual camera</source>
        <translation>Arvuti tavaline kaamera</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Kõlar:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>K&amp;aamera:</translation>
    </message>
</context>
<context>
    <name>HomeEnded</name>
    <message>
        <source>You stopped the help. Nobody sees your screen now.</source>
        <translation>Sa lõpetasid abi. Nüüd ei näe keegi sinu ekraani.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen.</source>
        <translation>Sa ütlesid ei. Keegi ei näe sinu ekraani.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen. End the call now. This may be a trick. Do not give anyone a code or your bank codes. If you are worried, call a person you know.</source>
        <translation>Sa ütlesid ei. Keegi ei näe sinu ekraani. Lõpeta kõne kohe. See võib olla pettus. Ära anna kellelegi koodi ega oma pangakoode. Kui oled mures, helista tuttavale inimesele.</translation>
    </message>
    <message>
        <source>The organisation no longer confirms who your helper is. So we stopped the help. Nobody sees your screen now.</source>
        <translation>Organisatsioon ei kinnita enam, kes sinu abistaja on. Seepärast lõpetasime abi. Nüüd ei näe keegi sinu ekraani.</translation>
    </message>
    <message>
        <source>Your helper ended the help. Nobody sees your screen now.</source>
        <translation>Abistaja lõpetas abi. Nüüd ei näe keegi sinu ekraani.</translation>
    </message>
    <message>
        <source>The code did not work. Get a new code and read it to your helper again.</source>
        <translation>Kood ei töötanud. Küsi uus kood ja loe see abistajale uuesti ette.</translation>
    </message>
    <message>
        <source>The code is too old. You can get a new code.</source>
        <translation>Kood on liiga vana. Sa saad küsida uue koodi.</translation>
    </message>
    <message>
        <source>This took too long. You can get a new code.</source>
        <translation>See võttis liiga kaua aega. Sa saad küsida uue koodi.</translation>
    </message>
    <message>
        <source>Something was wrong, so we stopped to keep you safe. You can get a new code.</source>
        <translation>Midagi oli valesti. Me peatasime kõik, et sind kaitsta. Sa saad küsida uue koodi.</translation>
    </message>
    <message>
        <source>We could not connect. Check that the internet works and try again.</source>
        <translation>Ühendus ei õnnestunud. Vaata, kas internet töötab, ja proovi uuesti.</translation>
    </message>
    <message>
        <source>This app is not set up to connect safely, so it did not connect. Ask the person who set up your computer to fix it.</source>
        <translation>Rakendus ei ole seatud turvaliselt ühendust looma, seega see ei loonud ühendust. Palu arvuti seadistanud inimesel see parandada.</translation>
    </message>
    <message>
        <source>The help went on for a very long time, so it ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Abi kestis väga kaua, seega see lõppes. Nüüd ei näe keegi sinu ekraani. Kui vajad veel abi, küsi uus kood.</translation>
    </message>
    <message>
        <source>The help service is busy now. Please try again soon.</source>
        <translation>Abiteenus on praegu hõivatud. Proovi varsti uuesti.</translation>
    </message>
    <message>
        <source>This app is too old to get help. Ask your helper how to get the new version.</source>
        <translation>See rakendus on liiga vana. Küsi abistajalt, kuidas saada uus versioon.</translation>
    </message>
    <message>
        <source>The connection broke. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Ühendus katkes. Nüüd ei näe keegi sinu ekraani. Kui vajad veel abi, küsi uus kood.</translation>
    </message>
    <message>
        <source>The help has ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Abi on lõppenud. Nüüd ei näe keegi sinu ekraani. Kui vajad veel abi, küsi uus kood.</translation>
    </message>
</context>
<context>
    <name>HomeReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Ühendus katkes. Proovime uuesti…</translation>
    </message>
    <message>
        <source>Your helper cannot use your mouse and keyboard now.</source>
        <translation>Sinu abistaja ei saa praegu sinu hiirt ega klaviatuuri kasutada.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Sekundeid jäänud: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. Your helper sees your screen. They must ask again to use your mouse.</source>
        <translation>Ühendus on jälle olemas. Abistaja näeb sinu ekraani. Hiire kasutamiseks peab ta uuesti küsima.</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>Get help</source>
        <translation>Küsi abi</translation>
    </message>
    <message>
        <source>Get help with your computer</source>
        <translation>Abi arvutiga</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. You decide what they see.</source>
        <translation>Inimene, keda sa usaldad, saab näha sinu ekraani ja sind aidata. Sina otsustad, mida ta näeb.</translation>
    </message>
    <message>
        <source>This app comes from {organisation}.</source>
        <translation>Selle rakenduse andis sulle {organisation}.</translation>
    </message>
    <message>
        <source>This app keeps nothing on this computer after you close it.</source>
        <translation>Kui sa rakenduse sulged, ei jää selles arvutis midagi alles.</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Loe see kood abistajale ette.</translation>
    </message>
    <message>
        <source>Your code is {code}.</source>
        <translation>Sinu kood on {code}.</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust.</source>
        <translation>Anna kood ainult inimesele, keda sa tunned ja usaldad.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Tühista</translation>
    </message>
    <message>
        <source>Your helper typed the code. Please wait a moment.</source>
        <translation>Abistaja kirjutas koodi sisse. Palun oota natuke.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} tahab näha sinu ekraani.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Luba seda ainult siis, kui tunned seda inimest. Ära luba seda kunagi, kui internetipank on lahti.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>Kas {name} võib sinu ekraani näha?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Luba</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Ära luba</translation>
    </message>
    <message>
        <source>Past help</source>
        <translation>Varasem abi</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Kas see on turvaline?</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Kuidas see töötab?</translation>
    </message>
    <message>
        <source>Practise first</source>
        <translation>Harjuta enne</translation>
    </message>
    <message>
        <source>Helper mark: {mark}. The same helper always has the same mark.</source>
        <translation>Abistaja märk: {mark}. Samal abistajal on alati sama märk.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sina</translation>
    </message>
    <message>
        <source>The help has ended</source>
        <translation>Abi on lõppenud</translation>
    </message>
    <message>
        <source>Get help again</source>
        <translation>Küsi uuesti abi</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Choose your language</source>
        <translation>Vali oma keel</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
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
        <translation>Harjutus. See ei ole päris abi. Keegi ei näe sinu ekraani.</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>Lõpeta harjutus</translation>
    </message>
    <message>
        <source>Practise getting help</source>
        <translation>Harjuta abi saamist</translation>
    </message>
    <message>
        <source>Here you can try how getting help works. A pretend helper called {name} helps you. Nothing here is real. You cannot make a mistake.</source>
        <translation>Siin saad proovida, kuidas abi saamine käib. Sind aitab mänguabistaja {name}. Siin ei ole miski päris. Sa ei saa viga teha.</translation>
    </message>
    <message>
        <source>Start practice</source>
        <translation>Alusta harjutust</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Loe see kood abistajale ette.</translation>
    </message>
    <message>
        <source>The practice code is {code}.</source>
        <translation>Harjutuse kood on {code}.</translation>
    </message>
    <message>
        <source>In real help, you read the code to your helper on the phone. Now you only pretend. Press the button when you are ready.</source>
        <translation>Päris abi korral loed koodi telefonis abistajale ette. Praegu sa ainult mängid. Vajuta nuppu, kui oled valmis.</translation>
    </message>
    <message>
        <source>I read the code</source>
        <translation>Lugesin koodi ette</translation>
    </message>
    <message>
        <source>{name} typed the code. Please wait a moment.</source>
        <translation>{name} kirjutas koodi sisse. Palun oota natuke.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} tahab näha sinu ekraani.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Luba seda ainult siis, kui tunned seda inimest. Ära luba seda kunagi, kui internetipank on lahti.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>Kas {name} võib sinu ekraani näha?</translation>
    </message>
    <message>
        <source>This is practice. You can press either button.</source>
        <translation>See on harjutus. Sa võid vajutada kumbagi nuppu.</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Ära luba</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Luba</translation>
    </message>
    <message>
        <source>You said no.</source>
        <translation>Sa ütlesid ei.</translation>
    </message>
    <message>
        <source>That is right if you do not know the person. In real help, nobody sees your screen now.</source>
        <translation>See on õige, kui sa ei tunne seda inimest. Päris abi korral ei näe nüüd keegi sinu ekraani.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} näeb sinu ekraani.</translation>
    </message>
    <message>
        <source>Look at your screen. {name} shows you things with a pointer.</source>
        <translation>Vaata oma ekraani. {name} näitab asju kursoriga.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Lõpeta</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Lõpeta ekraani jagamine</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Hästi tehtud!</translation>
    </message>
    <message>
        <source>You stopped the help. Nobody sees your screen now. You can stop real help in the same way.</source>
        <translation>Sa lõpetasid abi. Nüüd ei näe keegi sinu ekraani. Päris abi saad lõpetada samamoodi.</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Harjuta uuesti</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Algusesse</translation>
    </message>
    <message>
        <source>{name} says: Now press Stop. You can always stop like this.</source>
        <translation>{name} ütleb: Vajuta nüüd Lõpeta. Nii saad alati lõpetada.</translation>
    </message>
    <message>
        <source>{name} says: Hello! Can you see my pointer? It shows where I look.</source>
        <translation>{name} ütleb: Tere! Kas sa näed minu kursorit? See näitab, kuhu ma vaatan.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>You logged in. Can {name} use your mouse and keyboard again?</source>
        <translation>Sa logisid sisse. Kas {name} võib jälle sinu hiirt ja klaviatuuri kasutada?</translation>
    </message>
    <message>
        <source>{name} cannot see this page or use your mouse and keyboard.</source>
        <translation>{name} ei näe seda lehte ega saa sinu hiirt ja klaviatuuri kasutada.</translation>
    </message>
    <message>
        <source>{name} cannot use your mouse or keyboard while this page is open. {name} can still see and point.</source>
        <translation>{name} ei saa sinu hiirt ega klaviatuuri kasutada, kuni see leht on lahti. {name} näeb ikka ja saab näidata.</translation>
    </message>
    <message>
        <source>You are typing a password. {name} cannot see it.</source>
        <translation>Sa kirjutad parooli. {name} ei näe seda.</translation>
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
        <translation>Sina otsustad</translation>
    </message>
    <message>
        <source>Nobody sees your screen before you click Allow. You can stop at any time with the Stop button. After that, your helper sees nothing.</source>
        <translation>Keegi ei näe sinu ekraani enne, kui vajutad Luba. Sa saad millal tahes lõpetada nupuga Lõpeta. Pärast seda ei näe abistaja midagi.</translation>
    </message>
    <message>
        <source>The code works only once</source>
        <translation>Kood töötab ainult üks kord</translation>
    </message>
    <message>
        <source>The code works only for a short time. If someone types a wrong code, the code stops working. Then you can get a new code.</source>
        <translation>Kood töötab ainult lühikest aega. Kui keegi kirjutab vale koodi, lakkab kood töötamast. Siis saad küsida uue koodi.</translation>
    </message>
    <message>
        <source>Only your helper can see</source>
        <translation>Näha saab ainult sinu abistaja</translation>
    </message>
    <message>
        <source>Only the person who has your code can ask to see your screen. The picture of your screen is locked on the way. Only your helper&apos;s app can open it. Not even the people who run this service can see it.</source>
        <translation>Ainult inimene, kellel on sinu kood, saab paluda sinu ekraani näha. Sinu ekraani pilt on teel lukus. Ainult abistaja rakendus saab selle avada. Isegi selle teenuse pidajad ei näe seda.</translation>
    </message>
    <message>
        <source>Watch out for tricks</source>
        <translation>Hoidu pettuste eest</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust. A bank, the police or a company never calls you to ask for this code. If a stranger asks you to use this app, end the call. Never allow help while your online bank is open. Never tell anyone your bank codes or passwords.</source>
        <translation>Anna kood ainult inimesele, keda sa tunned ja usaldad. Pank, politsei või firma ei helista kunagi, et seda koodi küsida. Kui võõras palub sul seda rakendust kasutada, lõpeta kõne. Ära luba kunagi abi, kui internetipank on lahti. Ära ütle kellelegi oma pangakoode ega paroole.</translation>
    </message>
    <message>
        <source>Your bank is protected</source>
        <translation>Sinu pank on kaitstud</translation>
    </message>
    <message>
        <source>Some pages are protected, such as your online bank. There your helper cannot use your mouse or keyboard. Your helper can still see the page and point. The app knows the pages of Finnish banks, Suomi.fi, Kela, OmaKanta and OmaVero. You can protect any other window with the button Protect this window. When you type a password, your helper cannot type there or see it.</source>
        <translation>Mõned lehed on kaitstud, näiteks sinu internetipank. Seal ei saa abistaja sinu hiirt ega klaviatuuri kasutada. Abistaja näeb lehte siiski ja saab näidata. Rakendus tunneb Soome pankade, Suomi.fi, Kela, OmaKanta ja OmaVero lehti. Iga muu akna saad kaitsta nupuga Kaitse seda akent. Kui sa kirjutad parooli, ei saa abistaja sinna kirjutada ega seda näha.</translation>
    </message>
    <message>
        <source>A private moment</source>
        <translation>Privaatne hetk</translation>
    </message>
    <message>
        <source>Press Private moment when you want to do something alone. Your helper sees only a grey picture and cannot use your mouse or keyboard. Press Show again when you are ready.</source>
        <translation>Vajuta Privaatne hetk, kui tahad midagi üksi teha. Abistaja näeb ainult halli pilti ega saa sinu hiirt ega klaviatuuri kasutada. Vajuta Näita uuesti, kui oled valmis.</translation>
    </message>
    <message>
        <source>Your helper&apos;s mark</source>
        <translation>Sinu abistaja märk</translation>
    </message>
    <message>
        <source>The app shows your helper&apos;s name and a mark of letters and numbers. The same helper always has the same mark. If the mark is new, ask your helper why.</source>
        <translation>Rakendus näitab abistaja nime ja tähtedest ja numbritest märki. Samal abistajal on alati sama märk. Kui märk on uus, küsi abistajalt, miks.</translation>
    </message>
    <message>
        <source>Who is your helper?</source>
        <translation>Kes sind aitab?</translation>
    </message>
    <message>
        <source>Some helpers work for an organisation, such as your city or library. The organisation can confirm who they are. Then the app shows the name of the organisation in large letters. If the app says that we do not know who the person is, be careful. The app also tells you if this person has helped you before.</source>
        <translation>Mõned abistajad töötavad näiteks linna või raamatukogu heaks. Siis saab nende tööandja kinnitada, kes nad on. Rakendus näitab tööandja nime suurte tähtedega. Kui rakendus ütleb, et me ei tea, kes see inimene on, ole ettevaatlik. Rakendus ütleb ka, kas see inimene on sind varem aidanud.</translation>
    </message>
    <message>
        <source>If something is wrong</source>
        <translation>Kui midagi on valesti</translation>
    </message>
    <message>
        <source>If the app notices something strange, it stops at once. Then nobody sees your screen. You can get a new code and try again.</source>
        <translation>Kui rakendus märkab midagi imelikku, peatub see kohe. Siis ei näe keegi sinu ekraani. Sa saad küsida uue koodi ja uuesti proovida.</translation>
    </message>
    <message>
        <source>What the app cannot do</source>
        <translation>Mida rakendus teha ei saa</translation>
    </message>
    <message>
        <source>The app cannot protect you from a computer virus. If you think your computer has a virus, ask for help face to face.</source>
        <translation>Rakendus ei kaitse sind arvutiviiruse eest. Kui arvad, et sinu arvutis on viirus, küsi abi kohapeal.</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Kas see on turvaline?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
</context>
<context>
    <name>ScreenChoice</name>
    <message>
        <source>The screen on the left</source>
        <translation>Vasakpoolne ekraan</translation>
    </message>
    <message>
        <source>The screen on the right</source>
        <translation>Parempoolne ekraan</translation>
    </message>
    <message>
        <source>The screen in the middle</source>
        <translation>Keskmine ekraan</translation>
    </message>
    <message>
        <source>The screen at the top</source>
        <translation>Ülemine ekraan</translation>
    </message>
    <message>
        <source>The screen at the bottom</source>
        <translation>Alumine ekraan</translation>
    </message>
    <message>
        <source>Your screen</source>
        <translation>Sinu ekraan</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Ekraan %1</translation>
    </message>
    <message>
        <source>Which screen may %1 see now?</source>
        <translation>Millist ekraani võib %1 nüüd näha?</translation>
    </message>
    <message>
        <source>Keep this screen</source>
        <translation>Jäta see ekraan</translation>
    </message>
    <message>
        <source>Which screen may %1 see?</source>
        <translation>Millist ekraani võib %1 näha?</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>Ära jaga</translation>
    </message>
    <message>
        <source>Press the picture of the screen to share.</source>
        <translation>Vajuta selle ekraani pildile, mida tahad jagada.</translation>
    </message>
    <message>
        <source>Share this screen.</source>
        <translation>Jaga seda ekraani.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Protect this window</source>
        <translation>Kaitse seda akent</translation>
    </message>
    <message>
        <source>Your helper cannot use the window you are using now</source>
        <translation>Abistaja ei saa kasutada akent, mida sa praegu kasutad</translation>
    </message>
    <message>
        <source>Allow again</source>
        <translation>Luba uuesti</translation>
    </message>
    <message>
        <source>Show another screen</source>
        <translation>Näita teist ekraani</translation>
    </message>
    <message>
        <source>Your screen is shared</source>
        <translation>Sinu ekraani jagatakse</translation>
    </message>
</context>
<context>
    <name>SharedScreen</name>
    <message>
        <source>They have one screen.</source>
        <translation>Tal on üks ekraan.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the left.</source>
        <translation>Näed ekraani %1/%2, vasakpoolset.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the right.</source>
        <translation>Näed ekraani %1/%2, parempoolset.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one in the middle.</source>
        <translation>Näed ekraani %1/%2, keskmist.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the top.</source>
        <translation>Näed ekraani %1/%2, ülemist.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the bottom.</source>
        <translation>Näed ekraani %1/%2, alumist.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2.</source>
        <translation>Näed ekraani %1/%2.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>{name} uses your mouse and keyboard.</source>
        <translation>{name} kasutab sinu hiirt ja klaviatuuri.</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} näeb sinu ekraani.</translation>
    </message>
    <message>
        <source>Take back control</source>
        <translation>Võta juhtimine tagasi</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Lõpeta</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Lõpeta ekraani jagamine</translation>
    </message>
    <message>
        <source>Move your own mouse if you want {name} to stop for a moment.</source>
        <translation>Liiguta oma hiirt, kui tahad, et {name} hetkeks peatuks.</translation>
    </message>
    <message>
        <source>Private moment. {name} cannot see your screen.</source>
        <translation>Privaatne hetk. {name} ei näe sinu ekraani.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Näita uuesti</translation>
    </message>
    <message>
        <source>Show your screen again</source>
        <translation>Näita oma ekraani uuesti</translation>
    </message>
    <message>
        <source>Private moment</source>
        <translation>Privaatne hetk</translation>
    </message>
    <message>
        <source>Hide your screen for a private moment</source>
        <translation>Peida ekraan privaatseks hetkeks</translation>
    </message>
    <message>
        <source>Sharing is paused. {name} cannot see your screen.</source>
        <translation>Jagamine on peatatud. {name} ei näe sinu ekraani.</translation>
    </message>
    <message>
        <source>Press Show again when you are ready.</source>
        <translation>Vajuta Näita uuesti, kui oled valmis.</translation>
    </message>
    <message>
        <source>{name} can point and draw on your screen to show you things.</source>
        <translation>{name} saab sinu ekraanil näidata ja joonistada.</translation>
    </message>
    <message>
        <source>{name} asks to use your mouse and keyboard.</source>
        <translation>{name} palub luba kasutada sinu hiirt ja klaviatuuri.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Luba seda ainult siis, kui tunned seda inimest. Ära luba seda kunagi, kui internetipank on lahti.</translation>
    </message>
    <message>
        <source>Can {name} use your mouse and keyboard?</source>
        <translation>Kas {name} võib kasutada sinu hiirt ja klaviatuuri?</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Ära luba</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Luba</translation>
    </message>
    <message>
        <source>Do you want to keep sharing your screen?</source>
        <translation>Kas tahad ekraani jagamist jätkata?</translation>
    </message>
    <message>
        <source>Soon we will ask if you want to keep sharing your screen.</source>
        <translation>Varsti küsime, kas tahad ekraani jagamist jätkata.</translation>
    </message>
    <message>
        <source>Ask me again after this many &amp;minutes:</source>
        <translation>Küsi uuesti nii mitme &amp;minuti pärast:</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>{name} helped you.</source>
        <translation>{name} aitas sind.</translation>
    </message>
    <message numerus="yes">
        <source>{name} saw your screen for %n minutes.</source>
        <translation>
            <numerusform>{name} nägi sinu ekraani %n minut.</numerusform>
            <numerusform>{name} nägi sinu ekraani %n minutit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} used your mouse and keyboard for %n minutes.</source>
        <translation>
            <numerusform>{name} kasutas sinu hiirt ja klaviatuuri %n minut.</numerusform>
            <numerusform>{name} kasutas sinu hiirt ja klaviatuuri %n minutit.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} did not use your mouse or keyboard.</source>
        <translation>{name} ei kasutanud sinu hiirt ega klaviatuuri.</translation>
    </message>
    <message numerus="yes">
        <source>You had %n private moments.</source>
        <translation>
            <numerusform>Sul oli %n privaatne hetk.</numerusform>
            <numerusform>Sul oli %n privaatset hetke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected page, like your bank, was open %n times. {name} could not use it.</source>
        <translation>
            <numerusform>Kaitstud leht, näiteks sinu pank, oli lahti %n kord. {name} ei saanud seda kasutada.</numerusform>
            <numerusform>Kaitstud leht, näiteks sinu pank, oli lahti %n korda. {name} ei saanud seda kasutada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterCall</name>
    <message>
        <source>Your computer did not allow the microphone.</source>
        <translation>Sinu arvuti ei lubanud mikrofoni kasutada.</translation>
    </message>
    <message>
        <source>No microphone was found on your computer.</source>
        <translation>Sinu arvutist ei leitud mikrofoni.</translation>
    </message>
    <message>
        <source>No camera was found on your computer.</source>
        <translation>Sinu arvutist ei leitud kaamerat.</translation>
    </message>
    <message>
        <source>Sound does not work on your computer now.</source>
        <translation>Heli ei tööta praegu sinu arvutis.</translation>
    </message>
    <message>
        <source>The person&apos;s camera</source>
        <translation>Inimese kaamera</translation>
    </message>
    <message>
        <source>You can offer a call while you see the screen.</source>
        <translation>Kõnet saad pakkuda, kui näed ekraani.</translation>
    </message>
    <message>
        <source>Waiting for the person to answer your call…</source>
        <translation>Ootame, et inimene vastaks sinu kõnele…</translation>
    </message>
    <message>
        <source>The person paused the help. The call waits.</source>
        <translation>Inimene peatas abi. Kõne ootab.</translation>
    </message>
    <message>
        <source>In a call. The person turned their microphone off.</source>
        <translation>Kõne käib. Inimene lülitas oma mikrofoni välja.</translation>
    </message>
    <message>
        <source>In a call. Your microphone is off.</source>
        <translation>Kõne käib. Sinu mikrofon on väljas.</translation>
    </message>
    <message>
        <source>In a call. The person hears you.</source>
        <translation>Kõne käib. Inimene kuuleb sind.</translation>
    </message>
    <message>
        <source>No call.</source>
        <translation>Kõnet ei ole.</translation>
    </message>
    <message>
        <source>Offer a call</source>
        <translation>Paku kõnet</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Lülita mu mikrofon sisse</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Lülita mu mikrofon välja</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Lõpeta kõne</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Peida mu kaamera</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Näita mu kaamerat</translation>
    </message>
</context>
<context>
    <name>SupporterEnded</name>
    <message>
        <source>You ended the session.</source>
        <translation>Sa lõpetasid seansi.</translation>
    </message>
    <message>
        <source>The person did not allow screen sharing.</source>
        <translation>Inimene ei lubanud ekraani jagada.</translation>
    </message>
    <message>
        <source>The person ended the session.</source>
        <translation>Inimene lõpetas seansi.</translation>
    </message>
    <message>
        <source>No one is waiting with this code. Ask the person to read the code again.</source>
        <translation>Selle koodiga ei oota keegi. Palu inimesel kood uuesti ette lugeda.</translation>
    </message>
    <message>
        <source>This code is already in use. Ask for a new code.</source>
        <translation>See kood on juba kasutusel. Küsi uus kood.</translation>
    </message>
    <message>
        <source>The code did not match, so it no longer works. Ask the person for a new code.</source>
        <translation>Kood ei sobinud ja ei tööta enam. Küsi inimeselt uus kood.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new code.</source>
        <translation>Kood on aegunud. Küsi uus kood.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation>Liiga palju katseid. Oota minut ja proovi uuesti.</translation>
    </message>
    <message>
        <source>This service lets in only supporters with a certificate from an organisation it trusts. Ask your organisation for a certificate and load it.</source>
        <translation>See teenus laseb sisse ainult tugiisikud, kellel on usaldatud organisatsiooni sertifikaat. Küsi oma organisatsioonilt sertifikaati ja laadi see.</translation>
    </message>
    <message>
        <source>The session ended. Your organisation&apos;s confirmation is no longer valid. Ask your organisation.</source>
        <translation>Seanss lõppes. Sinu organisatsiooni kinnitus ei kehti enam. Küsi oma organisatsioonilt.</translation>
    </message>
    <message>
        <source>The connection failed a security check and was closed. Ask for a new code.</source>
        <translation>Ühendus ei läbinud turvakontrolli ja suleti. Küsi uus kood.</translation>
    </message>
    <message>
        <source>Cannot reach the pairing server. Check the network and try again.</source>
        <translation>Sidumisserveriga ei saa ühendust. Kontrolli võrku ja proovi uuesti.</translation>
    </message>
    <message>
        <source>The pairing server address starts with ws://, which is not protected. Use a wss:// address (ws:// only for a server on this computer).</source>
        <translation>Sidumisserveri aadress algab ws://, mis ei ole kaitstud. Kasuta wss://-aadressi (ws:// ainult selle arvuti serveri jaoks).</translation>
    </message>
    <message>
        <source>The pairing server ended the session: it was open too long or unused for too long. Ask the person for a new code to help again.</source>
        <translation>Sidumisserver lõpetas seansi: see oli liiga kaua avatud või liiga kaua kasutamata. Et uuesti aidata, küsi inimeselt uus kood.</translation>
    </message>
    <message>
        <source>The connection took too long. Try again.</source>
        <translation>Ühenduse loomine võttis liiga kaua. Proovi uuesti.</translation>
    </message>
    <message>
        <source>The pairing server is busy or restarting. Try again in a minute.</source>
        <translation>Sidumisserver on hõivatud või taaskäivitub. Proovi minuti pärast uuesti.</translation>
    </message>
    <message>
        <source>The pairing server does not support this version of the app. Update the app and try again.</source>
        <translation>Sidumisserver ei toeta selle rakenduse versiooni. Uuenda rakendust ja proovi uuesti.</translation>
    </message>
    <message>
        <source>The pairing server refused a message before the apps were paired. Ask for a new code and try again.</source>
        <translation>Sidumisserver lükkas sõnumi tagasi enne rakenduste sidumist. Küsi uus kood ja proovi uuesti.</translation>
    </message>
    <message>
        <source>The connection was lost. Ask the person for a new code to continue.</source>
        <translation>Ühendus katkes. Jätkamiseks küsi inimeselt uus kood.</translation>
    </message>
    <message>
        <source>The session ended. To help again, ask the person for a new code.</source>
        <translation>Seanss lõppes. Et uuesti aidata, küsi inimeselt uus kood.</translation>
    </message>
</context>
<context>
    <name>SupporterHelp</name>
    <message>
        <source>1. Get the code</source>
        <translation>1. Saa kood</translation>
    </message>
    <message>
        <source>Call the person first. They press Get help and read you a code of 13 digits. Type it here with your name and press Connect. The app notices most typing mistakes before it connects.</source>
        <translation>Helista kõigepealt inimesele. Ta vajutab Küsi abi ja loeb sulle ette 13-kohalise koodi. Kirjuta see siia koos oma nimega ja vajuta Ühenda. Rakendus märkab enamikku trükivigu enne ühendamist.</translation>
    </message>
    <message>
        <source>2. Wait for permission</source>
        <translation>2. Oota luba</translation>
    </message>
    <message>
        <source>The person sees your name and your identity mark, and decides. Nothing is shown before they press Allow. A wrong code ends the code for good; ask for a new one.</source>
        <translation>Inimene näeb sinu nime ja tunnusmärki ning otsustab. Midagi ei näidata enne, kui ta vajutab Luba. Vale kood muudab koodi lõplikult kehtetuks; küsi uus.</translation>
    </message>
    <message>
        <source>3. Teach first</source>
        <translation>3. Õpeta kõigepealt</translation>
    </message>
    <message>
        <source>Move the mouse over the picture to show your pointer on their screen. Drag to draw, click to say &quot;look here&quot;. Let the person do things themselves when they can.</source>
        <translation>Liiguta hiirt pildi kohal, siis näeb inimene sinu kursorit oma ekraanil. Lohista joonistamiseks, klõpsa, et öelda &quot;vaata siia&quot;. Lase inimesel ise teha, kui ta saab.</translation>
    </message>
    <message>
        <source>4. Mouse and keyboard</source>
        <translation>4. Hiir ja klaviatuur</translation>
    </message>
    <message>
        <source>Press Ask for control only when teaching is not enough. The person must allow it separately and can take control back at any time. When they move their own mouse, your input waits.</source>
        <translation>Vajuta Küsi juhtimist ainult siis, kui õpetamisest ei piisa. Inimene peab selle eraldi lubama ja saab juhtimise igal ajal tagasi võtta. Kui ta liigutab oma hiirt, sinu sisestus ootab.</translation>
    </message>
    <message>
        <source>5. Ending</source>
        <translation>5. Lõpetamine</translation>
    </message>
    <message>
        <source>The person can pause or stop at any moment. Press End session when you are done. Nothing stays open afterwards.</source>
        <translation>Inimene saab igal hetkel peatada või lõpetada. Kui oled valmis, vajuta Lõpeta seanss. Pärast seda ei jää midagi lahti.</translation>
    </message>
    <message>
        <source>Keep the person safe</source>
        <translation>Hoia inimest</translation>
    </message>
    <message>
        <source>Never ask for passwords, bank codes or card numbers. Ask the person to close their online bank before you look. Remind them that no bank or authority ever calls to ask for this code.</source>
        <translation>Ära küsi kunagi paroole, pangakoode ega kaardinumbreid. Palu inimesel enne vaatamist internetipank sulgeda. Tuleta meelde, et ükski pank ega asutus ei helista seda koodi küsima.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Abi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
</context>
<context>
    <name>SupporterIdentity</name>
    <message>
        <source>Your identity mark is {mark}. The person sees the same mark before they allow you.</source>
        <translation>Sinu tunnusmärk on {mark}. Inimene näeb sama märki enne, kui ta sind lubab.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. No safe key store was found on this computer, so the mark lasts only until you close the app.</source>
        <translation>Sinu tunnusmärk on {mark}. Selles arvutis ei leitud turvalist võtmehoidlat, seega kehtib märk ainult rakenduse sulgemiseni.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The only key store here saves secrets as plain text, so it is not used and the mark lasts only until you close the app.</source>
        <translation>Sinu tunnusmärk on {mark}. Ainus siinne võtmehoidla salvestab saladused lihttekstina, seega seda ei kasutata ja märk kehtib ainult rakenduse sulgemiseni.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The saved key could not be read and was left as it is, so this mark lasts only until you close the app.</source>
        <translation>Sinu tunnusmärk on {mark}. Salvestatud võtit ei õnnestunud lugeda ja see jäeti alles, seega kehtib see märk ainult rakenduse sulgemiseni.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The key store could not be opened, so the mark lasts only until you close the app.</source>
        <translation>Sinu tunnusmärk on {mark}. Võtmehoidlat ei õnnestunud avada, seega kehtib märk ainult rakenduse sulgemiseni.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. It lasts only until you close the app.</source>
        <translation>Sinu tunnusmärk on {mark}. See kehtib ainult rakenduse sulgemiseni.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} has expired. Ask them for a new one.</source>
        <translation>Sinu sertifikaat organisatsioonilt {organisation} on aegunud. Küsi neilt uus.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} is valid until {date}. The person sees that {organisation} has confirmed who you are.</source>
        <translation>Sinu sertifikaat organisatsioonilt {organisation} kehtib kuni {date}. Inimene näeb, et {organisation} on kinnitanud, kes sa oled.</translation>
    </message>
</context>
<context>
    <name>SupporterReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Ühendus katkes. Proovime uuesti…</translation>
    </message>
    <message>
        <source>Your keys and buttons were released; control has ended.</source>
        <translation>Sinu klahvid ja nupud vabastati; juhtimine lõppes.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Sekundeid jäänud: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. You see the screen; ask again if you need control.</source>
        <translation>Ühendus taastus. Näed ekraani; küsi juhtimist uuesti, kui seda vajad.</translation>
    </message>
</context>
<context>
    <name>SupporterRefused</name>
    <message>
        <source>The person has a protected page open, such as their online bank. Your mouse and keyboard do nothing there. You can still point and draw.</source>
        <translation>Inimesel on lahti kaitstud leht, näiteks internetipank. Sinu hiir ja klaviatuur seal ei tööta. Sa saad ikka näidata ja joonistada.</translation>
    </message>
    <message>
        <source>The person is typing a password. Your keys are not used, and the field is hidden from your view.</source>
        <translation>Inimene kirjutab parooli. Sinu klahve ei kasutata ja väli on sinu vaatest peidetud.</translation>
    </message>
    <message>
        <source>The person is doing something private.</source>
        <translation>Inimene teeb midagi privaatset.</translation>
    </message>
    <message>
        <source>You cannot use the buttons of the helper app on the other computer. To end the help, use End session in your own app.</source>
        <translation>Sa ei saa kasutada teise arvuti abirakenduse nuppe. Abi lõpetamiseks vajuta oma rakenduses nuppu Lõpeta seanss.</translation>
    </message>
    <message>
        <source>This key combination is blocked on the other computer to keep it safe.</source>
        <translation>See klahvikombinatsioon on teises arvutis turvalisuse huvides blokeeritud.</translation>
    </message>
</context>
<context>
    <name>SupporterSteps</name>
    <message>
        <source>Connecting to the pairing server…</source>
        <translation>Ühendumine sidumisserveriga…</translation>
    </message>
    <message>
        <source>Checking the code with the person&apos;s computer…</source>
        <translation>Koodi kontrollimine inimese arvutiga…</translation>
    </message>
    <message>
        <source>Waiting for the person to allow you to see their screen…</source>
        <translation>Ootan, et inimene lubaks sul oma ekraani näha…</translation>
    </message>
    <message>
        <source>Starting the screen view…</source>
        <translation>Ekraanipildi käivitamine…</translation>
    </message>
</context>
<context>
    <name>SupporterWindow</name>
    <message>
        <source>Assist – supporter</source>
        <translation>Assist – abistaja</translation>
    </message>
    <message>
        <source>Help a person</source>
        <translation>Aita inimest</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Abi</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Sinu &amp;nimi</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kood</translation>
    </message>
    <message>
        <source>Shown to the person</source>
        <translation>Näidatakse inimesele</translation>
    </message>
    <message>
        <source>1234 5678 9012 3</source>
        <translation>1234 5678 9012 3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kood</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Sinu nimi</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Ühenda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Tühista</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Lõpeta seanss</translation>
    </message>
    <message>
        <source>Give control back</source>
        <translation>Anna juhtimine tagasi</translation>
    </message>
    <message>
        <source>Ask for control</source>
        <translation>Küsi juhtimist</translation>
    </message>
    <message>
        <source>You control the person&apos;s mouse and keyboard. If they move their own mouse, you wait a moment. Ctrl+Alt+Home takes the keyboard back to this window.</source>
        <translation>Sa juhid inimese hiirt ja klaviatuuri. Kui ta liigutab oma hiirt, ootad hetke. Ctrl+Alt+Home toob klaviatuuri tagasi sellesse aknasse.</translation>
    </message>
    <message>
        <source>The person is doing something private. You will see the screen again when they are ready.</source>
        <translation>Inimene teeb midagi privaatset. Sa näed ekraani uuesti, kui ta on valmis.</translation>
    </message>
    <message>
        <source>Your name looks like a helper mark. Write your name without groups of letters and numbers like 7F3A-91C2.</source>
        <translation>Sinu nimi näeb välja nagu abilise märk. Kirjuta oma nimi ilma tähtede ja numbrite rühmadeta, nagu 7F3A-91C2.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sina</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Inimene</translation>
    </message>
    <message>
        <source>The person&apos;s screen</source>
        <translation>Inimese ekraan</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Seanss lõppes</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Uus seanss</translation>
    </message>
    <message>
        <source>Waiting for the person to allow control…</source>
        <translation>Ootan, et inimene lubaks juhtimise…</translation>
    </message>
    <message>
        <source>You see the person&apos;s screen. Point with the mouse; drag to draw; click to say &quot;look here&quot;.</source>
        <translation>Sa näed inimese ekraani. Näita hiirega; lohista joonistamiseks; klõpsa, et öelda &quot;vaata siia&quot;.</translation>
    </message>
    <message>
        <source>The code looks right.</source>
        <translation>Kood tundub õige.</translation>
    </message>
    <message>
        <source>The code has 13 digits.</source>
        <translation>Koodis on 13 numbrit.</translation>
    </message>
    <message>
        <source>The code has only digits.</source>
        <translation>Koodis on ainult numbrid.</translation>
    </message>
    <message>
        <source>This code has a typo. Check the digits with the person.</source>
        <translation>Koodis on trükiviga. Kontrolli numbreid koos inimesega.</translation>
    </message>
</context>
</TS>
