<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AddOrganisation</name>
    <message>
        <source>Add an organisation</source>
        <translation>Lägg till en organisation</translation>
    </message>
    <message>
        <source>Do you want to trust {organisation}?</source>
        <translation>Vill du lita på {organisation}?</translation>
    </message>
    <message>
        <source>Then the app can tell you when a helper works for {organisation}.</source>
        <translation>Då kan appen berätta när en hjälpare arbetar för {organisation}.</translation>
    </message>
    <message>
        <source>Say yes only if {organisation} gave you this file themselves.</source>
        <translation>Svara ja bara om {organisation} själv gav dig den här filen.</translation>
    </message>
    <message>
        <source>Their mark is {mark}. Ask them to read their mark to you.</source>
        <translation>Deras märke är {mark}. Be dem läsa upp sitt märke för dig.</translation>
    </message>
    <message>
        <source>Yes, trust them</source>
        <translation>Ja, jag litar på dem</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>This file is not from an organisation. Nothing was changed.</source>
        <translation>Den här filen kommer inte från en organisation. Inget ändrades.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Did an organisation give you a file? Then you can add the organisation here.</source>
        <translation>Fick du en fil av en organisation? Då kan du lägga till organisationen här.</translation>
    </message>
    <message>
        <source>Files from an organisation</source>
        <translation>Filer från en organisation</translation>
    </message>
    <message>
        <source>Done. The app now trusts {organisation}.</source>
        <translation>Klart. Appen litar nu på {organisation}.</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Text och färger</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>&amp;Write a message</source>
        <translation>&amp;Skriv ett meddelande</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Skriv ett meddelande</translation>
    </message>
    <message>
        <source>{who} wrote: {message}</source>
        <translation>{who} skrev: {message}</translation>
    </message>
</context>
<context>
    <name>CodeCountdown</name>
    <message numerus="yes">
        <source>The code works for %n more minutes.</source>
        <translation>
            <numerusform>Koden fungerar %n minut till.</numerusform>
            <numerusform>Koden fungerar %n minuter till.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>Appen kan inte starta</translation>
    </message>
    <message>
        <source>The settings that came with this app have a mistake. Please tell the people who gave you this app.</source>
        <translation>Inställningarna som kom med appen har ett fel. Berätta det för dem som gav dig appen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>We do not know who this person is.</source>
        <translation>Vi vet inte vem den här personen är.</translation>
    </message>
    <message>
        <source>They can move your mouse and click on anything.</source>
        <translation>Personen kan flytta din mus och klicka på vad som helst.</translation>
    </message>
    <message>
        <source>They can type on your keyboard.</source>
        <translation>Personen kan skriva på ditt tangentbord.</translation>
    </message>
    <message>
        <source>They can open your files, your email and your programs.</source>
        <translation>Personen kan öppna dina filer, din e-post och dina program.</translation>
    </message>
    <message>
        <source>Never allow this while your online bank is open.</source>
        <translation>Tillåt aldrig detta när din internetbank är öppen.</translation>
    </message>
    <message>
        <source>{organisation} has confirmed who this person is.</source>
        <translation>{organisation} har bekräftat vem den här personen är.</translation>
    </message>
    <message>
        <source>We do not know who this person is. Companies and authorities never call you to ask for this.</source>
        <translation>Vi vet inte vem den här personen är. Företag och myndigheter ringer aldrig för att be om det här.</translation>
    </message>
    <message>
        <source>Did you call them, or did they call you?</source>
        <translation>Ringde du till personen, eller ringde personen till dig?</translation>
    </message>
    <message>
        <source>I called them</source>
        <translation>Jag ringde</translation>
    </message>
    <message>
        <source>They called me</source>
        <translation>Personen ringde mig</translation>
    </message>
    <message>
        <source>Take a moment to think. Then you can answer.</source>
        <translation>Tänk efter en stund. Sedan kan du svara.</translation>
    </message>
    <message>
        <source>Someone calls themselves {name}, but it is not the {name} who helped you before.</source>
        <translation>Någon kallar sig {name}, men det är inte den {name} som har hjälpt dig förut.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has helped you %n times.</source>
        <translation>
            <numerusform>{name} har hjälpt dig %n gång.</numerusform>
            <numerusform>{name} har hjälpt dig %n gånger.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the first time this person helps you.</source>
        <translation>Det här är första gången som den här personen hjälper dig.</translation>
    </message>
</context>
<context>
    <name>DesktopProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>Appen kan inte starta</translation>
    </message>
    <message>
        <source>This app cannot show your screen on this computer. Please tell the people who gave you this app.</source>
        <translation>Appen kan inte visa din skärm på den här datorn. Berätta det för dem som gav dig appen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>DesktopQuestion</name>
    <message>
        <source>Your computer will ask you too</source>
        <translation>Datorn frågar dig också</translation>
    </message>
    <message>
        <source>Your computer will now ask you too. Press Share. Then your helper can see your screen. Tick the box too if your helper may use your mouse later.</source>
        <translation>Datorn frågar dig nu också. Tryck på Dela. Då kan din hjälpare se din skärm. Kryssa också i rutan om din hjälpare får använda musen senare.</translation>
    </message>
    <message>
        <source>Your screen is not shared</source>
        <translation>Din skärm delas inte</translation>
    </message>
    <message>
        <source>You pressed Cancel on your computer&apos;s question. Your helper sees nothing. You can get a new code and try again.</source>
        <translation>Du tryckte på Avbryt när datorn frågade. Din hjälpare ser ingenting. Du kan hämta en ny kod och försöka igen.</translation>
    </message>
    <message>
        <source>Your computer stopped showing your screen. Your helper sees nothing now. You can get a new code if you need more help.</source>
        <translation>Datorn slutade visa din skärm. Din hjälpare ser ingenting nu. Du kan hämta en ny kod om du behöver mer hjälp.</translation>
    </message>
    <message>
        <source>Your computer did not let this app show your screen. Your helper sees nothing. Please tell the people who gave you this app.</source>
        <translation>Datorn lät inte appen visa din skärm. Din hjälpare ser ingenting. Berätta det för dem som gav dig appen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>Text and colours</source>
        <translation>Text och färger</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Stor</translation>
    </message>
    <message>
        <source>Very large</source>
        <translation>Mycket stor</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Färger</translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation>Svart text på vitt</translation>
    </message>
    <message>
        <source>White text on black</source>
        <translation>Vit text på svart</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What this app does</source>
        <translation>Vad appen gör</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. They can show you how to do things. You decide what they see.</source>
        <translation>En person som du litar på kan se din skärm och hjälpa dig. Personen kan visa hur du gör saker. Du bestämmer vad personen ser.</translation>
    </message>
    <message>
        <source>1. Call your helper</source>
        <translation>1. Ring din hjälpare</translation>
    </message>
    <message>
        <source>First call your helper on the phone. Your helper can be a relative or a worker from a help service.</source>
        <translation>Ring först din hjälpare. Din hjälpare kan vara en släkting. Det kan också vara någon som jobbar på en hjälptjänst.</translation>
    </message>
    <message>
        <source>2. Read the code</source>
        <translation>2. Läs upp koden</translation>
    </message>
    <message>
        <source>Press Get help. The app shows a code with many numbers. Read the numbers to your helper on the phone.</source>
        <translation>Tryck på Få hjälp. Appen visar en kod med många siffror. Läs upp siffrorna för din hjälpare i telefonen.</translation>
    </message>
    <message>
        <source>3. You decide</source>
        <translation>3. Du bestämmer</translation>
    </message>
    <message>
        <source>Your helper types the code. Then the app asks you a question. Can your helper see your screen? Press Allow only if you know the person.</source>
        <translation>Din hjälpare skriver in koden. Sedan frågar appen dig. Får din hjälpare se din skärm? Tryck på Tillåt bara om du känner personen.</translation>
    </message>
    <message>
        <source>4. Your helper shows you</source>
        <translation>4. Din hjälpare visar dig</translation>
    </message>
    <message>
        <source>Your helper sees your screen. Your helper can point and draw on your screen. Your helper may ask to use your mouse and keyboard. You can say yes or no.</source>
        <translation>Din hjälpare ser din skärm. Din hjälpare kan peka och rita på din skärm. Din hjälpare kan fråga om att få använda din mus och ditt tangentbord. Du kan svara ja eller nej.</translation>
    </message>
    <message>
        <source>5. Stop at any time</source>
        <translation>5. Du kan sluta när du vill</translation>
    </message>
    <message>
        <source>Press Stop when you want. Then your helper sees nothing. While your helper sees your screen, a Stop button stays at the top.</source>
        <translation>Tryck på Stoppa när du vill. Då ser din hjälpare ingenting. När din hjälpare ser din skärm finns knappen Stoppa alltid högst upp.</translation>
    </message>
    <message>
        <source>Try it first</source>
        <translation>Prova först</translation>
    </message>
    <message>
        <source>You can practise without a real helper. Press Practise first on the first screen. Nothing you do there is real.</source>
        <translation>Du kan öva utan en riktig hjälpare. Tryck på Öva först på första sidan. Inget du gör där är på riktigt.</translation>
    </message>
    <message>
        <source>Help face to face</source>
        <translation>Hjälp på plats</translation>
    </message>
    <message>
        <source>This app does not replace help face to face. You can always visit a service point and ask for help there.</source>
        <translation>Appen ersätter inte hjälp på plats. Du kan alltid gå till en servicepunkt och be om hjälp där.</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Hur fungerar det här?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past help</source>
        <translation>Tidigare hjälp</translation>
    </message>
    <message>
        <source>This list is only on this computer. You can delete it.</source>
        <translation>Listan finns bara på den här datorn. Du kan ta bort den.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Här finns ingenting.</translation>
    </message>
    <message>
        <source>Keep the chat in this list</source>
        <translation>Spara chatten i den här listan</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Ta bort allt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
</context>
<context>
    <name>HomeCall</name>
    <message>
        <source>The computer did not allow the microphone. You can still write in the chat.</source>
        <translation>Datorn tillät inte mikrofonen. Du kan fortfarande skriva i chatten.</translation>
    </message>
    <message>
        <source>No camera was found. Your helper can still hear you.</source>
        <translation>Ingen kamera hittades. Din hjälpare hör dig ändå.</translation>
    </message>
    <message>
        <source>No microphone was found. You can still write in the chat.</source>
        <translation>Ingen mikrofon hittades. Du kan fortfarande skriva i chatten.</translation>
    </message>
    <message>
        <source>Sound does not work on this computer now. You can still write in the chat.</source>
        <translation>Ljudet fungerar inte på den här datorn just nu. Du kan fortfarande skriva i chatten.</translation>
    </message>
    <message>
        <source>Your helper</source>
        <translation>Din hjälpare</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Samtal med {name}</translation>
    </message>
    <message>
        <source>{name} wants to talk with you through the computer. You can then put the phone down.</source>
        <translation>{name} vill prata med dig genom datorn. Sedan kan du lägga ifrån dig telefonen.</translation>
    </message>
    <message>
        <source>Your microphone stays off until you choose Talk.</source>
        <translation>Din mikrofon är av tills du väljer Prata.</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Prata</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <source>You see {name} on their camera.</source>
        <translation>Du ser {name} i kameran.</translation>
    </message>
    <message>
        <source>{name} has no camera on.</source>
        <translation>{name} har ingen kamera på.</translation>
    </message>
    <message>
        <source>● Your microphone is on. {name} hears you.</source>
        <translation>● Din mikrofon är på. {name} hör dig.</translation>
    </message>
    <message>
        <source>The call waits while the help is paused.</source>
        <translation>Samtalet väntar medan hjälpen är pausad.</translation>
    </message>
    <message>
        <source>Your microphone is off.</source>
        <translation>Din mikrofon är av.</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Slå på min mikrofon</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Stäng av min mikrofon</translation>
    </message>
    <message>
        <source>● {name} sees you on your camera.</source>
        <translation>● {name} ser dig i din kamera.</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Dölj min kamera</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Visa min kamera</translation>
    </message>
    <message>
        <source>Say something — the bar moves.</source>
        <translation>Säg något – stapeln rör sig.</translation>
    </message>
    <message>
        <source>How loud your microphone is</source>
        <translation>Din mikrofons ljudnivå</translation>
    </message>
    <message>
        <source>Test my microphone</source>
        <translation>Prova min mikrofon</translation>
    </message>
    <message>
        <source>Make smaller</source>
        <translation>Gör mindre</translation>
    </message>
    <message>
        <source>Make bigger</source>
        <translation>Gör större</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Avsluta samtalet</translation>
    </message>
    <message>
        <source>The call ended because the connection was lost. {name} can call you again.</source>
        <translation>Samtalet slutade eftersom anslutningen bröts. {name} kan ringa dig igen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The computer&apos;s usual microphone</source>
        <translation>Datorns vanliga mikrofon</translation>
    </message>
    <message>
        <source>The computer&apos;s usual speaker</source>
        <translation>Datorns vanliga högtalare</translation>
    </message>
    <message>
        <source>The computer&apos;s usual camera</source>
        <translation>Datorns vanliga kamera</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Högtalare:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
</context>
<context>
    <name>HomeEnded</name>
    <message>
        <source>You stopped the help. Nobody sees your screen now.</source>
        <translation>Du stoppade hjälpen. Ingen ser din skärm nu.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen.</source>
        <translation>Du sa nej. Ingen ser din skärm.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen. End the call now. This may be a trick. Do not give anyone a code or your bank codes. If you are worried, call a person you know.</source>
        <translation>Du sa nej. Ingen ser din skärm. Avsluta samtalet nu. Det här kan vara ett bedrägeri. Ge ingen en kod eller dina bankkoder. Om du är orolig, ring någon du känner.</translation>
    </message>
    <message>
        <source>The organisation no longer confirms who your helper is. So we stopped the help. Nobody sees your screen now.</source>
        <translation>Organisationen bekräftar inte längre vem din hjälpare är. Därför stoppade vi hjälpen. Ingen ser din skärm nu.</translation>
    </message>
    <message>
        <source>Your helper ended the help. Nobody sees your screen now.</source>
        <translation>Din hjälpare avslutade hjälpen. Ingen ser din skärm nu.</translation>
    </message>
    <message>
        <source>The code did not work. Get a new code and read it to your helper again.</source>
        <translation>Koden fungerade inte. Hämta en ny kod och läs upp den för din hjälpare igen.</translation>
    </message>
    <message>
        <source>The code is too old. You can get a new code.</source>
        <translation>Koden är för gammal. Du kan hämta en ny kod.</translation>
    </message>
    <message>
        <source>This took too long. You can get a new code.</source>
        <translation>Det tog för lång tid. Du kan hämta en ny kod.</translation>
    </message>
    <message>
        <source>Something was wrong, so we stopped to keep you safe. You can get a new code.</source>
        <translation>Något var fel. Vi stoppade för att skydda dig. Du kan hämta en ny kod.</translation>
    </message>
    <message>
        <source>We could not connect. Check that the internet works and try again.</source>
        <translation>Vi fick ingen kontakt. Kontrollera att internet fungerar och försök igen.</translation>
    </message>
    <message>
        <source>This app is not set up to connect safely, so it did not connect. Ask the person who set up your computer to fix it.</source>
        <translation>Appen är inte inställd på att koppla upp sig säkert, så den kopplade inte upp sig. Be den som ställde in din dator att rätta det.</translation>
    </message>
    <message>
        <source>The help went on for a very long time, so it ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Hjälpen pågick mycket länge, så den avslutades. Ingen ser din skärm nu. Du kan hämta en ny kod om du fortfarande behöver hjälp.</translation>
    </message>
    <message>
        <source>The help service is busy now. Please try again soon.</source>
        <translation>Hjälptjänsten är upptagen nu. Försök igen snart.</translation>
    </message>
    <message>
        <source>This app is too old to get help. Ask your helper how to get the new version.</source>
        <translation>Appen är för gammal. Fråga din hjälpare hur du får den nya versionen.</translation>
    </message>
    <message>
        <source>The connection broke. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Kontakten bröts. Ingen ser din skärm nu. Du kan hämta en ny kod om du fortfarande behöver hjälp.</translation>
    </message>
    <message>
        <source>The help has ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Hjälpen är slut. Ingen ser din skärm nu. Du kan hämta en ny kod om du fortfarande behöver hjälp.</translation>
    </message>
</context>
<context>
    <name>HomeReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Anslutningen bröts. Vi försöker igen…</translation>
    </message>
    <message>
        <source>Your helper cannot use your mouse and keyboard now.</source>
        <translation>Din hjälpare kan inte använda din mus och ditt tangentbord nu.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Sekunder kvar: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. Your helper sees your screen. They must ask again to use your mouse.</source>
        <translation>Ansluten igen. Din hjälpare ser din skärm. Hen måste fråga igen för att använda din mus.</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>Get help</source>
        <translation>Få hjälp</translation>
    </message>
    <message>
        <source>Get help with your computer</source>
        <translation>Få hjälp med din dator</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. You decide what they see.</source>
        <translation>En person som du litar på kan se din skärm och hjälpa dig. Du bestämmer vad personen ser.</translation>
    </message>
    <message>
        <source>This app comes from {organisation}.</source>
        <translation>Appen kommer från {organisation}.</translation>
    </message>
    <message>
        <source>This app keeps nothing on this computer after you close it.</source>
        <translation>Appen sparar ingenting på den här datorn när du stänger den.</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Läs upp den här koden för din hjälpare.</translation>
    </message>
    <message>
        <source>Your code is {code}.</source>
        <translation>Din kod är {code}.</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust.</source>
        <translation>Ge koden bara till en person som du känner och litar på.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Your helper typed the code. Please wait a moment.</source>
        <translation>Din hjälpare skrev in koden. Vänta en stund.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} vill se din skärm.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Tillåt det bara om du känner personen. Tillåt det aldrig när din internetbank är öppen.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>Får {name} se din skärm?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Tillåt</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Tillåt inte</translation>
    </message>
    <message>
        <source>Past help</source>
        <translation>Tidigare hjälp</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Är det här säkert?</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Hur fungerar det här?</translation>
    </message>
    <message>
        <source>Practise first</source>
        <translation>Öva först</translation>
    </message>
    <message>
        <source>Helper mark: {mark}. The same helper always has the same mark.</source>
        <translation>Hjälparens märke: {mark}. Samma hjälpare har alltid samma märke.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>The help has ended</source>
        <translation>Hjälpen är slut</translation>
    </message>
    <message>
        <source>Get help again</source>
        <translation>Få hjälp igen</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Choose your language</source>
        <translation>Välj ditt språk</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
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
        <translation>Övning. Det här är inte riktig hjälp. Ingen ser din skärm.</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>Avsluta övningen</translation>
    </message>
    <message>
        <source>Practise getting help</source>
        <translation>Öva på att få hjälp</translation>
    </message>
    <message>
        <source>Here you can try how getting help works. A pretend helper called {name} helps you. Nothing here is real. You cannot make a mistake.</source>
        <translation>Här kan du prova hur det går till att få hjälp. En låtsashjälpare som heter {name} hjälper dig. Inget här är på riktigt. Du kan inte göra fel.</translation>
    </message>
    <message>
        <source>Start practice</source>
        <translation>Börja öva</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Läs upp den här koden för din hjälpare.</translation>
    </message>
    <message>
        <source>The practice code is {code}.</source>
        <translation>Övningskoden är {code}.</translation>
    </message>
    <message>
        <source>In real help, you read the code to your helper on the phone. Now you only pretend. Press the button when you are ready.</source>
        <translation>När du får riktig hjälp läser du upp koden i telefonen. Nu låtsas du bara. Tryck på knappen när du är klar.</translation>
    </message>
    <message>
        <source>I read the code</source>
        <translation>Jag läste upp koden</translation>
    </message>
    <message>
        <source>{name} typed the code. Please wait a moment.</source>
        <translation>{name} skrev in koden. Vänta en stund.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} vill se din skärm.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Tillåt det bara om du känner personen. Tillåt det aldrig när din internetbank är öppen.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>Får {name} se din skärm?</translation>
    </message>
    <message>
        <source>This is practice. You can press either button.</source>
        <translation>Det här är en övning. Du kan trycka på vilken knapp som helst.</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Tillåt inte</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Tillåt</translation>
    </message>
    <message>
        <source>You said no.</source>
        <translation>Du sa nej.</translation>
    </message>
    <message>
        <source>That is right if you do not know the person. In real help, nobody sees your screen now.</source>
        <translation>Det är rätt om du inte känner personen. Med riktig hjälp ser ingen din skärm nu.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} ser din skärm.</translation>
    </message>
    <message>
        <source>Look at your screen. {name} shows you things with a pointer.</source>
        <translation>Titta på din skärm. {name} visar saker med en pekare.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Sluta dela din skärm</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bra gjort!</translation>
    </message>
    <message>
        <source>You stopped the help. Nobody sees your screen now. You can stop real help in the same way.</source>
        <translation>Du stoppade hjälpen. Ingen ser din skärm nu. Du kan stoppa riktig hjälp på samma sätt.</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Öva igen</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Till början</translation>
    </message>
    <message>
        <source>{name} says: Now press Stop. You can always stop like this.</source>
        <translation>{name} säger: Tryck nu på Stoppa. Du kan alltid stoppa så här.</translation>
    </message>
    <message>
        <source>{name} says: Hello! Can you see my pointer? It shows where I look.</source>
        <translation>{name} säger: Hej! Ser du min pekare? Den visar var jag tittar.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>You logged in. Can {name} use your mouse and keyboard again?</source>
        <translation>Du har loggat in. Får {name} använda din mus och ditt tangentbord igen?</translation>
    </message>
    <message>
        <source>{name} cannot see this page or use your mouse and keyboard.</source>
        <translation>{name} kan inte se den här sidan eller använda din mus och ditt tangentbord.</translation>
    </message>
    <message>
        <source>{name} cannot use your mouse or keyboard while this page is open. {name} can still see and point.</source>
        <translation>{name} kan inte använda din mus eller ditt tangentbord medan den här sidan är öppen. {name} kan ändå se och peka.</translation>
    </message>
    <message>
        <source>You are typing a password. {name} cannot see it.</source>
        <translation>Du skriver ett lösenord. {name} kan inte se det.</translation>
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
        <translation>Du bestämmer</translation>
    </message>
    <message>
        <source>Nobody sees your screen before you click Allow. You can stop at any time with the Stop button. After that, your helper sees nothing.</source>
        <translation>Ingen ser din skärm innan du trycker på Tillåt. Du kan sluta när du vill med knappen Stoppa. Efter det ser din hjälpare ingenting.</translation>
    </message>
    <message>
        <source>The code works only once</source>
        <translation>Koden fungerar bara en gång</translation>
    </message>
    <message>
        <source>The code works only for a short time. If someone types a wrong code, the code stops working. Then you can get a new code.</source>
        <translation>Koden fungerar bara en kort tid. Om någon skriver fel kod slutar koden att fungera. Då kan du hämta en ny kod.</translation>
    </message>
    <message>
        <source>Only your helper can see</source>
        <translation>Bara din hjälpare kan se</translation>
    </message>
    <message>
        <source>Only the person who has your code can ask to see your screen. The picture of your screen is locked on the way. Only your helper&apos;s app can open it. Not even the people who run this service can see it.</source>
        <translation>Bara den som har din kod kan be att få se din skärm. Bilden av din skärm är låst på vägen. Bara din hjälpares app kan öppna den. Inte ens de som driver tjänsten kan se den.</translation>
    </message>
    <message>
        <source>Watch out for tricks</source>
        <translation>Se upp för lurendrejare</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust. A bank, the police or a company never calls you to ask for this code. If a stranger asks you to use this app, end the call. Never allow help while your online bank is open. Never tell anyone your bank codes or passwords.</source>
        <translation>Ge koden bara till en person som du känner och litar på. En bank, polisen eller ett företag ringer aldrig och ber om koden. Om en främling ber dig använda appen, lägg på. Tillåt aldrig hjälp när din internetbank är öppen. Berätta aldrig dina bankkoder eller lösenord för någon.</translation>
    </message>
    <message>
        <source>Your bank is protected</source>
        <translation>Din bank är skyddad</translation>
    </message>
    <message>
        <source>Some pages are protected, such as your online bank. There your helper cannot use your mouse or keyboard. Your helper can still see the page and point. The app knows the pages of Finnish banks, Suomi.fi, Kela, OmaKanta and OmaVero. You can protect any other window with the button Protect this window. When you type a password, your helper cannot type there or see it.</source>
        <translation>Vissa sidor är skyddade, till exempel din internetbank. Där kan din hjälpare inte använda din mus eller ditt tangentbord. Din hjälpare kan ändå se sidan och peka. Appen känner till sidorna för finländska banker, Suomi.fi, Folkpensionsanstalten, MittKanta och MinSkatt. Du kan skydda vilket annat fönster som helst med knappen Skydda det här fönstret. När du skriver ett lösenord kan din hjälpare inte skriva där eller se det.</translation>
    </message>
    <message>
        <source>A private moment</source>
        <translation>En privat stund</translation>
    </message>
    <message>
        <source>Press Private moment when you want to do something alone. Your helper sees only a grey picture and cannot use your mouse or keyboard. Press Show again when you are ready.</source>
        <translation>Tryck på Privat stund när du vill göra något ensam. Din hjälpare ser bara en grå bild och kan inte använda din mus eller ditt tangentbord. Tryck på Visa igen när du är klar.</translation>
    </message>
    <message>
        <source>Your helper&apos;s mark</source>
        <translation>Din hjälpares märke</translation>
    </message>
    <message>
        <source>The app shows your helper&apos;s name and a mark of letters and numbers. The same helper always has the same mark. If the mark is new, ask your helper why.</source>
        <translation>Appen visar din hjälpares namn och ett märke med bokstäver och siffror. Samma hjälpare har alltid samma märke. Om märket är nytt, fråga din hjälpare varför.</translation>
    </message>
    <message>
        <source>Who is your helper?</source>
        <translation>Vem är din hjälpare?</translation>
    </message>
    <message>
        <source>Some helpers work for an organisation, such as your city or library. The organisation can confirm who they are. Then the app shows the name of the organisation in large letters. If the app says that we do not know who the person is, be careful. The app also tells you if this person has helped you before.</source>
        <translation>Vissa hjälpare arbetar till exempel för din stad eller ditt bibliotek. Då kan arbetsplatsen bekräfta vem de är. Appen visar då arbetsplatsens namn med stora bokstäver. Var försiktig om appen säger att vi inte vet vem personen är. Appen berättar också om personen har hjälpt dig förut.</translation>
    </message>
    <message>
        <source>If something is wrong</source>
        <translation>Om något är fel</translation>
    </message>
    <message>
        <source>If the app notices something strange, it stops at once. Then nobody sees your screen. You can get a new code and try again.</source>
        <translation>Om appen märker något konstigt stoppar den direkt. Då ser ingen din skärm. Du kan hämta en ny kod och försöka igen.</translation>
    </message>
    <message>
        <source>What the app cannot do</source>
        <translation>Det här kan appen inte göra</translation>
    </message>
    <message>
        <source>The app cannot protect you from a computer virus. If you think your computer has a virus, ask for help face to face.</source>
        <translation>Appen kan inte skydda dig mot datorvirus. Om du tror att din dator har virus, be om hjälp på plats.</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Är det här säkert?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ScreenChoice</name>
    <message>
        <source>The screen on the left</source>
        <translation>Skärmen till vänster</translation>
    </message>
    <message>
        <source>The screen on the right</source>
        <translation>Skärmen till höger</translation>
    </message>
    <message>
        <source>The screen in the middle</source>
        <translation>Skärmen i mitten</translation>
    </message>
    <message>
        <source>The screen at the top</source>
        <translation>Skärmen överst</translation>
    </message>
    <message>
        <source>The screen at the bottom</source>
        <translation>Skärmen nederst</translation>
    </message>
    <message>
        <source>Your screen</source>
        <translation>Din skärm</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Skärm %1</translation>
    </message>
    <message>
        <source>Which screen may %1 see now?</source>
        <translation>Vilken skärm får %1 se nu?</translation>
    </message>
    <message>
        <source>Keep this screen</source>
        <translation>Behåll den här skärmen</translation>
    </message>
    <message>
        <source>Which screen may %1 see?</source>
        <translation>Vilken skärm får %1 se?</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>Dela inte</translation>
    </message>
    <message>
        <source>Press the picture of the screen to share.</source>
        <translation>Tryck på bilden av skärmen som du vill dela.</translation>
    </message>
    <message>
        <source>Share this screen.</source>
        <translation>Dela den här skärmen.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Protect this window</source>
        <translation>Skydda det här fönstret</translation>
    </message>
    <message>
        <source>Your helper cannot use the window you are using now</source>
        <translation>Din hjälpare kan inte använda fönstret som du använder nu</translation>
    </message>
    <message>
        <source>Allow again</source>
        <translation>Tillåt igen</translation>
    </message>
    <message>
        <source>Show another screen</source>
        <translation>Visa en annan skärm</translation>
    </message>
    <message>
        <source>Your screen is shared</source>
        <translation>Din skärm delas</translation>
    </message>
</context>
<context>
    <name>SharedScreen</name>
    <message>
        <source>They have one screen.</source>
        <translation>De har en skärm.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the left.</source>
        <translation>Du ser skärm %1 av %2, den till vänster.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the right.</source>
        <translation>Du ser skärm %1 av %2, den till höger.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one in the middle.</source>
        <translation>Du ser skärm %1 av %2, den i mitten.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the top.</source>
        <translation>Du ser skärm %1 av %2, den överst.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the bottom.</source>
        <translation>Du ser skärm %1 av %2, den nederst.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2.</source>
        <translation>Du ser skärm %1 av %2.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>{name} uses your mouse and keyboard.</source>
        <translation>{name} använder din mus och ditt tangentbord.</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} ser din skärm.</translation>
    </message>
    <message>
        <source>Take back control</source>
        <translation>Ta tillbaka kontrollen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Sluta dela din skärm</translation>
    </message>
    <message>
        <source>Move your own mouse if you want {name} to stop for a moment.</source>
        <translation>Rör din egen mus om du vill att {name} slutar en stund.</translation>
    </message>
    <message>
        <source>Private moment. {name} cannot see your screen.</source>
        <translation>Privat stund. {name} kan inte se din skärm.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Visa igen</translation>
    </message>
    <message>
        <source>Show your screen again</source>
        <translation>Visa din skärm igen</translation>
    </message>
    <message>
        <source>Private moment</source>
        <translation>Privat stund</translation>
    </message>
    <message>
        <source>Hide your screen for a private moment</source>
        <translation>Dölj din skärm för en privat stund</translation>
    </message>
    <message>
        <source>Sharing is paused. {name} cannot see your screen.</source>
        <translation>Delningen är pausad. {name} kan inte se din skärm.</translation>
    </message>
    <message>
        <source>Press Show again when you are ready.</source>
        <translation>Tryck på Visa igen när du är klar.</translation>
    </message>
    <message>
        <source>{name} can point and draw on your screen to show you things.</source>
        <translation>{name} kan peka och rita på din skärm för att visa dig saker.</translation>
    </message>
    <message>
        <source>{name} asks to use your mouse and keyboard.</source>
        <translation>{name} ber att få använda din mus och ditt tangentbord.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Tillåt det bara om du känner personen. Tillåt det aldrig när din internetbank är öppen.</translation>
    </message>
    <message>
        <source>Can {name} use your mouse and keyboard?</source>
        <translation>Får {name} använda din mus och ditt tangentbord?</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Tillåt inte</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Tillåt</translation>
    </message>
    <message>
        <source>Do you want to keep sharing your screen?</source>
        <translation>Vill du fortsätta dela din skärm?</translation>
    </message>
    <message>
        <source>Soon we will ask if you want to keep sharing your screen.</source>
        <translation>Snart frågar vi om du vill fortsätta dela din skärm.</translation>
    </message>
    <message>
        <source>Ask me again after this many &amp;minutes:</source>
        <translation>Fråga mig igen efter så här många &amp;minuter:</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>{name} helped you.</source>
        <translation>{name} hjälpte dig.</translation>
    </message>
    <message numerus="yes">
        <source>{name} saw your screen for %n minutes.</source>
        <translation>
            <numerusform>{name} såg din skärm i %n minut.</numerusform>
            <numerusform>{name} såg din skärm i %n minuter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} used your mouse and keyboard for %n minutes.</source>
        <translation>
            <numerusform>{name} använde din mus och ditt tangentbord i %n minut.</numerusform>
            <numerusform>{name} använde din mus och ditt tangentbord i %n minuter.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} did not use your mouse or keyboard.</source>
        <translation>{name} använde inte din mus eller ditt tangentbord.</translation>
    </message>
    <message numerus="yes">
        <source>You had %n private moments.</source>
        <translation>
            <numerusform>Du hade %n privat stund.</numerusform>
            <numerusform>Du hade %n privata stunder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected page, like your bank, was open %n times. {name} could not use it.</source>
        <translation>
            <numerusform>En skyddad sida, som din bank, var öppen %n gång. {name} kunde inte använda den.</numerusform>
            <numerusform>En skyddad sida, som din bank, var öppen %n gånger. {name} kunde inte använda den.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterCall</name>
    <message>
        <source>Your computer did not allow the microphone.</source>
        <translation>Din dator tillät inte mikrofonen.</translation>
    </message>
    <message>
        <source>No microphone was found on your computer.</source>
        <translation>Ingen mikrofon hittades på din dator.</translation>
    </message>
    <message>
        <source>No camera was found on your computer.</source>
        <translation>Ingen kamera hittades på din dator.</translation>
    </message>
    <message>
        <source>Sound does not work on your computer now.</source>
        <translation>Ljudet fungerar inte på din dator just nu.</translation>
    </message>
    <message>
        <source>The person&apos;s camera</source>
        <translation>Personens kamera</translation>
    </message>
    <message>
        <source>You can offer a call while you see the screen.</source>
        <translation>Du kan erbjuda ett samtal medan du ser skärmen.</translation>
    </message>
    <message>
        <source>Waiting for the person to answer your call…</source>
        <translation>Väntar på att personen svarar på ditt samtal…</translation>
    </message>
    <message>
        <source>The person paused the help. The call waits.</source>
        <translation>Personen pausade hjälpen. Samtalet väntar.</translation>
    </message>
    <message>
        <source>In a call. The person turned their microphone off.</source>
        <translation>I samtal. Personen stängde av sin mikrofon.</translation>
    </message>
    <message>
        <source>In a call. Your microphone is off.</source>
        <translation>I samtal. Din mikrofon är av.</translation>
    </message>
    <message>
        <source>In a call. The person hears you.</source>
        <translation>I samtal. Personen hör dig.</translation>
    </message>
    <message>
        <source>No call.</source>
        <translation>Inget samtal.</translation>
    </message>
    <message>
        <source>Offer a call</source>
        <translation>Erbjud ett samtal</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Slå på min mikrofon</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Stäng av min mikrofon</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Avsluta samtalet</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Dölj min kamera</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Visa min kamera</translation>
    </message>
</context>
<context>
    <name>SupporterEnded</name>
    <message>
        <source>You ended the session.</source>
        <translation>Du avslutade sessionen.</translation>
    </message>
    <message>
        <source>The person did not allow screen sharing.</source>
        <translation>Personen tillät inte skärmdelning.</translation>
    </message>
    <message>
        <source>The person ended the session.</source>
        <translation>Personen avslutade sessionen.</translation>
    </message>
    <message>
        <source>No one is waiting with this code. Ask the person to read the code again.</source>
        <translation>Ingen väntar med den här koden. Be personen läsa upp koden igen.</translation>
    </message>
    <message>
        <source>This code is already in use. Ask for a new code.</source>
        <translation>Koden används redan. Be om en ny kod.</translation>
    </message>
    <message>
        <source>The code did not match, so it no longer works. Ask the person for a new code.</source>
        <translation>Koden stämde inte, så den fungerar inte längre. Be personen om en ny kod.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new code.</source>
        <translation>Koden har gått ut. Be om en ny kod.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation>För många försök. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <source>This service lets in only supporters with a certificate from an organisation it trusts. Ask your organisation for a certificate and load it.</source>
        <translation>Den här tjänsten släpper bara in stödpersoner med ett certifikat från en organisation som tjänsten litar på. Be din organisation om ett certifikat och läs in det.</translation>
    </message>
    <message>
        <source>The session ended. Your organisation&apos;s confirmation is no longer valid. Ask your organisation.</source>
        <translation>Sessionen avslutades. Din organisations bekräftelse gäller inte längre. Fråga din organisation.</translation>
    </message>
    <message>
        <source>The connection failed a security check and was closed. Ask for a new code.</source>
        <translation>Anslutningen klarade inte en säkerhetskontroll och stängdes. Be om en ny kod.</translation>
    </message>
    <message>
        <source>Cannot reach the pairing server. Check the network and try again.</source>
        <translation>Kopplingsservern går inte att nå. Kontrollera nätverket och försök igen.</translation>
    </message>
    <message>
        <source>The pairing server address starts with ws://, which is not protected. Use a wss:// address (ws:// only for a server on this computer).</source>
        <translation>Kopplingsserverns adress börjar med ws://, som inte är skyddad. Använd en wss://-adress (ws:// bara för en server på den här datorn).</translation>
    </message>
    <message>
        <source>The pairing server ended the session: it was open too long or unused for too long. Ask the person for a new code to help again.</source>
        <translation>Kopplingsservern avslutade sessionen: den var öppen för länge eller oanvänd för länge. Be personen om en ny kod om du vill hjälpa igen.</translation>
    </message>
    <message>
        <source>The connection took too long. Try again.</source>
        <translation>Anslutningen tog för lång tid. Försök igen.</translation>
    </message>
    <message>
        <source>The pairing server is busy or restarting. Try again in a minute.</source>
        <translation>Kopplingsservern är upptagen eller startar om. Försök igen om en minut.</translation>
    </message>
    <message>
        <source>The pairing server does not support this version of the app. Update the app and try again.</source>
        <translation>Kopplingsservern stöder inte den här versionen av appen. Uppdatera appen och försök igen.</translation>
    </message>
    <message>
        <source>The pairing server refused a message before the apps were paired. Ask for a new code and try again.</source>
        <translation>Kopplingsservern avvisade ett meddelande innan apparna var kopplade. Be om en ny kod och försök igen.</translation>
    </message>
    <message>
        <source>The connection was lost. Ask the person for a new code to continue.</source>
        <translation>Anslutningen bröts. Be personen om en ny kod för att fortsätta.</translation>
    </message>
    <message>
        <source>The session ended. To help again, ask the person for a new code.</source>
        <translation>Sessionen avslutades. Be personen om en ny kod om du vill hjälpa igen.</translation>
    </message>
</context>
<context>
    <name>SupporterHelp</name>
    <message>
        <source>1. Get the code</source>
        <translation>1. Få koden</translation>
    </message>
    <message>
        <source>Call the person first. They press Get help and read you a code of 13 digits. Type it here with your name and press Connect. The app notices most typing mistakes before it connects.</source>
        <translation>Ring personen först. Personen trycker på Få hjälp och läser upp en kod med 13 siffror. Skriv in den här tillsammans med ditt namn och tryck på Anslut. Appen upptäcker de flesta skrivfel innan den ansluter.</translation>
    </message>
    <message>
        <source>2. Wait for permission</source>
        <translation>2. Vänta på tillstånd</translation>
    </message>
    <message>
        <source>The person sees your name and your identity mark, and decides. Nothing is shown before they press Allow. A wrong code ends the code for good; ask for a new one.</source>
        <translation>Personen ser ditt namn och ditt identitetsmärke och bestämmer. Inget visas innan personen trycker på Tillåt. En felaktig kod gör koden ogiltig för gott; be om en ny.</translation>
    </message>
    <message>
        <source>3. Teach first</source>
        <translation>3. Lär ut först</translation>
    </message>
    <message>
        <source>Move the mouse over the picture to show your pointer on their screen. Drag to draw, click to say &quot;look here&quot;. Let the person do things themselves when they can.</source>
        <translation>Flytta musen över bilden för att visa din pekare på personens skärm. Dra för att rita, klicka för att säga &quot;titta här&quot;. Låt personen göra saker själv när det går.</translation>
    </message>
    <message>
        <source>4. Mouse and keyboard</source>
        <translation>4. Mus och tangentbord</translation>
    </message>
    <message>
        <source>Press Ask for control only when teaching is not enough. The person must allow it separately and can take control back at any time. When they move their own mouse, your input waits.</source>
        <translation>Tryck på Be om kontroll bara när det inte räcker att visa. Personen måste tillåta det separat och kan ta tillbaka kontrollen när som helst. När personen rör sin egen mus väntar din inmatning.</translation>
    </message>
    <message>
        <source>5. Ending</source>
        <translation>5. Avsluta</translation>
    </message>
    <message>
        <source>The person can pause or stop at any moment. Press End session when you are done. Nothing stays open afterwards.</source>
        <translation>Personen kan pausa eller stoppa när som helst. Tryck på Avsluta sessionen när du är klar. Inget lämnas öppet efteråt.</translation>
    </message>
    <message>
        <source>Keep the person safe</source>
        <translation>Skydda personen</translation>
    </message>
    <message>
        <source>Never ask for passwords, bank codes or card numbers. Ask the person to close their online bank before you look. Remind them that no bank or authority ever calls to ask for this code.</source>
        <translation>Be aldrig om lösenord, bankkoder eller kortnummer. Be personen stänga sin internetbank innan du tittar. Påminn om att ingen bank eller myndighet någonsin ringer och ber om den här koden.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>SupporterIdentity</name>
    <message>
        <source>Your identity mark is {mark}. The person sees the same mark before they allow you.</source>
        <translation>Ditt identitetsmärke är {mark}. Personen ser samma märke innan hen tillåter dig.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. No safe key store was found on this computer, so the mark lasts only until you close the app.</source>
        <translation>Ditt identitetsmärke är {mark}. Inget säkert nyckelarkiv hittades på datorn, så märket gäller bara tills du stänger appen.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The only key store here saves secrets as plain text, so it is not used and the mark lasts only until you close the app.</source>
        <translation>Ditt identitetsmärke är {mark}. Det enda nyckelarkivet här sparar hemligheter som vanlig text, så det används inte och märket gäller bara tills du stänger appen.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The saved key could not be read and was left as it is, so this mark lasts only until you close the app.</source>
        <translation>Ditt identitetsmärke är {mark}. Den sparade nyckeln kunde inte läsas och lämnades som den är, så det här märket gäller bara tills du stänger appen.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The key store could not be opened, so the mark lasts only until you close the app.</source>
        <translation>Ditt identitetsmärke är {mark}. Nyckelarkivet kunde inte öppnas, så märket gäller bara tills du stänger appen.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. It lasts only until you close the app.</source>
        <translation>Ditt identitetsmärke är {mark}. Det gäller bara tills du stänger appen.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} has expired. Ask them for a new one.</source>
        <translation>Ditt certifikat från {organisation} har gått ut. Be dem om ett nytt.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} is valid until {date}. The person sees that {organisation} has confirmed who you are.</source>
        <translation>Ditt certifikat från {organisation} gäller till {date}. Personen ser att {organisation} har bekräftat vem du är.</translation>
    </message>
</context>
<context>
    <name>SupporterReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Anslutningen bröts. Vi försöker igen…</translation>
    </message>
    <message>
        <source>Your keys and buttons were released; control has ended.</source>
        <translation>Dina tangenter och knappar släpptes; styrningen har upphört.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Sekunder kvar: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. You see the screen; ask again if you need control.</source>
        <translation>Ansluten igen. Du ser skärmen; fråga igen om du behöver styra.</translation>
    </message>
</context>
<context>
    <name>SupporterRefused</name>
    <message>
        <source>The person has a protected page open, such as their online bank. Your mouse and keyboard do nothing there. You can still point and draw.</source>
        <translation>Personen har en skyddad sida öppen, till exempel sin internetbank. Din mus och ditt tangentbord gör ingenting där. Du kan fortfarande peka och rita.</translation>
    </message>
    <message>
        <source>The person is typing a password. Your keys are not used, and the field is hidden from your view.</source>
        <translation>Personen skriver ett lösenord. Dina tangenter används inte, och fältet är dolt i din vy.</translation>
    </message>
    <message>
        <source>The person is doing something private.</source>
        <translation>Personen gör något privat.</translation>
    </message>
    <message>
        <source>You cannot use the buttons of the helper app on the other computer. To end the help, use End session in your own app.</source>
        <translation>Du kan inte använda hjälpappens knappar på den andra datorn. Avsluta hjälpen med Avsluta sessionen i din egen app.</translation>
    </message>
    <message>
        <source>This key combination is blocked on the other computer to keep it safe.</source>
        <translation>Den här tangentkombinationen är spärrad på den andra datorn för att skydda den.</translation>
    </message>
</context>
<context>
    <name>SupporterSteps</name>
    <message>
        <source>Connecting to the pairing server…</source>
        <translation>Ansluter till kopplingsservern…</translation>
    </message>
    <message>
        <source>Checking the code with the person&apos;s computer…</source>
        <translation>Kontrollerar koden med personens dator…</translation>
    </message>
    <message>
        <source>Waiting for the person to allow you to see their screen…</source>
        <translation>Väntar på att personen tillåter dig att se skärmen…</translation>
    </message>
    <message>
        <source>Starting the screen view…</source>
        <translation>Startar skärmvisningen…</translation>
    </message>
</context>
<context>
    <name>SupporterWindow</name>
    <message>
        <source>Assist – supporter</source>
        <translation>Assist – stödperson</translation>
    </message>
    <message>
        <source>Help a person</source>
        <translation>Hjälp en person</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ditt &amp;namn</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>Shown to the person</source>
        <translation>Visas för personen</translation>
    </message>
    <message>
        <source>1234 5678 9012 3</source>
        <translation>1234 5678 9012 3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Avsluta sessionen</translation>
    </message>
    <message>
        <source>Give control back</source>
        <translation>Lämna tillbaka kontrollen</translation>
    </message>
    <message>
        <source>Ask for control</source>
        <translation>Be om kontroll</translation>
    </message>
    <message>
        <source>You control the person&apos;s mouse and keyboard. If they move their own mouse, you wait a moment. Ctrl+Alt+Home takes the keyboard back to this window.</source>
        <translation>Du styr personens mus och tangentbord. Om personen rör sin egen mus väntar du en stund. Ctrl+Alt+Home tar tillbaka tangentbordet till det här fönstret.</translation>
    </message>
    <message>
        <source>The person is doing something private. You will see the screen again when they are ready.</source>
        <translation>Personen gör något privat. Du ser skärmen igen när personen är klar.</translation>
    </message>
    <message>
        <source>Your name looks like a helper mark. Write your name without groups of letters and numbers like 7F3A-91C2.</source>
        <translation>Ditt namn ser ut som ett hjälparmärke. Skriv ditt namn utan grupper av bokstäver och siffror som 7F3A-91C2.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>The person&apos;s screen</source>
        <translation>Personens skärm</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessionen avslutades</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Waiting for the person to allow control…</source>
        <translation>Väntar på att personen tillåter kontroll…</translation>
    </message>
    <message>
        <source>You see the person&apos;s screen. Point with the mouse; drag to draw; click to say &quot;look here&quot;.</source>
        <translation>Du ser personens skärm. Peka med musen; dra för att rita; klicka för att säga &quot;titta här&quot;.</translation>
    </message>
    <message>
        <source>The code looks right.</source>
        <translation>Koden ser rätt ut.</translation>
    </message>
    <message>
        <source>The code has 13 digits.</source>
        <translation>Koden har 13 siffror.</translation>
    </message>
    <message>
        <source>The code has only digits.</source>
        <translation>Koden har bara siffror.</translation>
    </message>
    <message>
        <source>This code has a typo. Check the digits with the person.</source>
        <translation>Koden har ett skrivfel. Kontrollera siffrorna med personen.</translation>
    </message>
</context>
</TS>
