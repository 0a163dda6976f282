<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so" sourcelanguage="en">
<context>
    <name>AddOrganisation</name>
    <message>
        <source>Add an organisation</source>
        <translation>Ku dar hay&apos;ad</translation>
    </message>
    <message>
        <source>Do you want to trust {organisation}?</source>
        <translation>Ma aaminaysaa {organisation}?</translation>
    </message>
    <message>
        <source>Then the app can tell you when a helper works for {organisation}.</source>
        <translation>Markaas barnaamijku wuxuu kuu sheegi karaa marka caawiye u shaqeeyo {organisation}.</translation>
    </message>
    <message>
        <source>Say yes only if {organisation} gave you this file themselves.</source>
        <translation>Haa dheh oo keliya haddii {organisation} ay iyagu ku siiyeen faylkan.</translation>
    </message>
    <message>
        <source>Their mark is {mark}. Ask them to read their mark to you.</source>
        <translation>Calaamaddooda waa {mark}. Ka codso inay calaamaddooda kuu akhriyaan.</translation>
    </message>
    <message>
        <source>Yes, trust them</source>
        <translation>Haa, waan aaminayaa</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Maya</translation>
    </message>
    <message>
        <source>This file is not from an organisation. Nothing was changed.</source>
        <translation>Faylkani kama iman hay&apos;ad. Waxba lama beddelin.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <source>Did an organisation give you a file? Then you can add the organisation here.</source>
        <translation>Hay&apos;ad ma ku siisay fayl? Markaas halkan waxaad ku dari kartaa hay&apos;adda.</translation>
    </message>
    <message>
        <source>Files from an organisation</source>
        <translation>Faylal ka yimid hay&apos;ad</translation>
    </message>
    <message>
        <source>Done. The app now trusts {organisation}.</source>
        <translation>Waa dhammaatay. Barnaamijku hadda wuu aaminsan yahay {organisation}.</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Luqadda:</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Qoraalka iyo midabada</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Messages</source>
        <translation>Fariimaha</translation>
    </message>
    <message>
        <source>&amp;Write a message</source>
        <translation>&amp;Qor fariin</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Dir</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Qor fariin</translation>
    </message>
    <message>
        <source>{who} wrote: {message}</source>
        <translation>{who} wuxuu qoray: {message}</translation>
    </message>
</context>
<context>
    <name>CodeCountdown</name>
    <message numerus="yes">
        <source>The code works for %n more minutes.</source>
        <translation>
            <numerusform>Koodhku wuxuu shaqaynayaa %n daqiiqo oo kale.</numerusform>
            <numerusform>Koodhku wuxuu shaqaynayaa %n daqiiqo oo kale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>Barnaamijkan ma furmi karo</translation>
    </message>
    <message>
        <source>The settings that came with this app have a mistake. Please tell the people who gave you this app.</source>
        <translation>Dejinta la socotay barnaamijkan waxaa ku jira qalad. Fadlan u sheeg dadkii ku siiyay barnaamijkan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>We do not know who this person is.</source>
        <translation>Ma naqaanno cidda uu yahay qofkan.</translation>
    </message>
    <message>
        <source>They can move your mouse and click on anything.</source>
        <translation>Wuu dhaqaajin karaa jiirkaaga, wuuna riixi karaa wax kasta.</translation>
    </message>
    <message>
        <source>They can type on your keyboard.</source>
        <translation>Wuu ku qori karaa kiiboodhkaaga.</translation>
    </message>
    <message>
        <source>They can open your files, your email and your programs.</source>
        <translation>Wuu furi karaa faylashaada, iimaylkaaga iyo barnaamijyadaada.</translation>
    </message>
    <message>
        <source>Never allow this while your online bank is open.</source>
        <translation>Marnaba ha oggolaan tan marka bangigaaga internetka uu furan yahay.</translation>
    </message>
    <message>
        <source>{organisation} has confirmed who this person is.</source>
        <translation>{organisation} ayaa xaqiijisay cidda uu yahay qofkani.</translation>
    </message>
    <message>
        <source>We do not know who this person is. Companies and authorities never call you to ask for this.</source>
        <translation>Ma naqaanno cidda uu yahay qofkan. Shirkadaha iyo dawladdu marnaba kuuma soo wacaan si ay tan kaaga codsadaan.</translation>
    </message>
    <message>
        <source>Did you call them, or did they call you?</source>
        <translation>Adigaa wacay, mise isagaa ku soo wacay?</translation>
    </message>
    <message>
        <source>I called them</source>
        <translation>Anigaa wacay</translation>
    </message>
    <message>
        <source>They called me</source>
        <translation>Isagaa i soo wacay</translation>
    </message>
    <message>
        <source>Take a moment to think. Then you can answer.</source>
        <translation>Wax yar ka fikir. Kadib waad jawaabi kartaa.</translation>
    </message>
    <message>
        <source>Someone calls themselves {name}, but it is not the {name} who helped you before.</source>
        <translation>Qof ayaa isku magacaabaya {name}, laakiin ma aha {name} kii hore kuu caawiyay.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has helped you %n times.</source>
        <translation>
            <numerusform>{name} wuxuu ku caawiyay %n jeer.</numerusform>
            <numerusform>{name} wuxuu ku caawiyay %n jeer.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the first time this person helps you.</source>
        <translation>Tani waa markii ugu horreysay ee qofkani ku caawiyo.</translation>
    </message>
</context>
<context>
    <name>DesktopProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>App-kan ma furmi karo</translation>
    </message>
    <message>
        <source>This app cannot show your screen on this computer. Please tell the people who gave you this app.</source>
        <translation>App-kan ma tusi karo shaashaddaada kombiyuutarkan. Fadlan u sheeg dadkii ku siiyay app-kan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
</context>
<context>
    <name>DesktopQuestion</name>
    <message>
        <source>Your computer will ask you too</source>
        <translation>Kombiyuutarkaagu sidoo kale wuu ku weydiin doonaa</translation>
    </message>
    <message>
        <source>Your computer will now ask you too. Press Share. Then your helper can see your screen. Tick the box too if your helper may use your mouse later.</source>
        <translation>Kombiyuutarkaagu hadda sidoo kale wuu ku weydiin doonaa. Riix Share. Markaas caawiyahaagu wuu arki karaa shaashaddaada. Sanduuqa calaamadee haddii caawiyahaagu mar dambe isticmaali karo jiirkaaga.</translation>
    </message>
    <message>
        <source>Your screen is not shared</source>
        <translation>Shaashaddaada lama wadaagin</translation>
    </message>
    <message>
        <source>You pressed Cancel on your computer&apos;s question. Your helper sees nothing. You can get a new code and try again.</source>
        <translation>Waxaad riixday Cancel markii kombiyuutarku ku weydiiyay. Caawiyahaagu waxba ma arko. Waxaad qaadan kartaa kood cusub oo isku dayi kartaa mar kale.</translation>
    </message>
    <message>
        <source>Your computer stopped showing your screen. Your helper sees nothing now. You can get a new code if you need more help.</source>
        <translation>Kombiyuutarkaagu wuu joojiyay muujinta shaashaddaada. Caawiyahaagu hadda waxba ma arko. Waxaad qaadan kartaa kood cusub haddii aad u baahan tahay caawimo kale.</translation>
    </message>
    <message>
        <source>Your computer did not let this app show your screen. Your helper sees nothing. Please tell the people who gave you this app.</source>
        <translation>Kombiyuutarkaagu uma oggolaan app-kan inuu muujiyo shaashaddaada. Caawiyahaagu waxba ma arko. Fadlan u sheeg dadkii ku siiyay app-kan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>Text and colours</source>
        <translation>Qoraalka iyo midabada</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cabbirka qoraalka</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Caadi</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Weyn</translation>
    </message>
    <message>
        <source>Very large</source>
        <translation>Aad u weyn</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Midabada</translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation>Qoraal madow oo cad ku yaal</translation>
    </message>
    <message>
        <source>White text on black</source>
        <translation>Qoraal cad oo madow ku yaal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What this app does</source>
        <translation>Waxa barnaamijkani qabto</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. They can show you how to do things. You decide what they see.</source>
        <translation>Qof aad aaminto ayaa arki kara shaashaddaada oo ku caawin kara. Wuxuu ku tusi karaa sida wax loo sameeyo. Adiga ayaa go&apos;aamiya waxa uu arko.</translation>
    </message>
    <message>
        <source>1. Call your helper</source>
        <translation>1. Wac caawiyahaaga</translation>
    </message>
    <message>
        <source>First call your helper on the phone. Your helper can be a relative or a worker from a help service.</source>
        <translation>Marka hore caawiyahaaga telefoon ku wac. Caawiyuhu wuxuu noqon karaa qof qaraabo ah. Wuxuu kale oo noqon karaa shaqaale adeeg caawimaad.</translation>
    </message>
    <message>
        <source>2. Read the code</source>
        <translation>2. Akhri koodhka</translation>
    </message>
    <message>
        <source>Press Get help. The app shows a code with many numbers. Read the numbers to your helper on the phone.</source>
        <translation>Riix Hel caawimaad. Barnaamijku wuxuu tusayaa koodh leh tirooyin badan. Tirooyinka u akhri caawiyahaaga telefoonka.</translation>
    </message>
    <message>
        <source>3. You decide</source>
        <translation>3. Adiga ayaa go&apos;aamiya</translation>
    </message>
    <message>
        <source>Your helper types the code. Then the app asks you a question. Can your helper see your screen? Press Allow only if you know the person.</source>
        <translation>Caawiyahaagu wuxuu qoraa koodhka. Kadib barnaamijku su&apos;aal ayuu ku weydiinayaa. Caawiyahaagu ma arki karaa shaashaddaada? Riix Oggolow kaliya haddii aad qofka taqaanid.</translation>
    </message>
    <message>
        <source>4. Your helper shows you</source>
        <translation>4. Caawiyahaagu wuu ku tusaa</translation>
    </message>
    <message>
        <source>Your helper sees your screen. Your helper can point and draw on your screen. Your helper may ask to use your mouse and keyboard. You can say yes or no.</source>
        <translation>Caawiyahaagu wuu arkaa shaashaddaada. Wuxuu ku tilmaami karaa oo ku sawiri karaa shaashaddaada. Wuxuu ku weydiin karaa inuu isticmaalo jiirkaaga iyo kiiboodhkaaga. Waxaad dhihi kartaa haa ama maya.</translation>
    </message>
    <message>
        <source>5. Stop at any time</source>
        <translation>5. Jooji waqti kasta</translation>
    </message>
    <message>
        <source>Press Stop when you want. Then your helper sees nothing. While your helper sees your screen, a Stop button stays at the top.</source>
        <translation>Riix Jooji markaad rabto. Markaas caawiyahaagu waxba ma arko. Inta caawiyahaagu arko shaashaddaada, badhanka Jooji wuxuu had iyo jeer ku yaal xagga sare.</translation>
    </message>
    <message>
        <source>Try it first</source>
        <translation>Marka hore isku day</translation>
    </message>
    <message>
        <source>You can practise without a real helper. Press Practise first on the first screen. Nothing you do there is real.</source>
        <translation>Waad ku tababaran kartaa caawiye dhab ah la&apos;aantiis. Bogga koowaad ku riix Tababar marka hore. Waxa aad halkaas ku samayso dhab ma aha.</translation>
    </message>
    <message>
        <source>Help face to face</source>
        <translation>Caawimaad fool ka fool ah</translation>
    </message>
    <message>
        <source>This app does not replace help face to face. You can always visit a service point and ask for help there.</source>
        <translation>Barnaamijkani ma beddelo caawimaadda fool ka fool ah. Mar walba waxaad tagi kartaa xarun adeeg oo halkaas ka codsan kartaa caawimaad.</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Sidee buu u shaqeeyaa?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past help</source>
        <translation>Caawimaadii hore</translation>
    </message>
    <message>
        <source>This list is only on this computer. You can delete it.</source>
        <translation>Liiskan wuxuu ku jiraa kombuyuutarkan oo keliya. Waad tirtiri kartaa.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Halkan waxba ma yaallaan.</translation>
    </message>
    <message>
        <source>Keep the chat in this list</source>
        <translation>Ku hay sheekada liiskan</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Tirtir dhammaan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
</context>
<context>
    <name>HomeCall</name>
    <message>
        <source>The computer did not allow the microphone. You can still write in the chat.</source>
        <translation>Kombuyuutarku ma oggolaan makarafoonka. Weli waad ku qori kartaa sheekaysiga.</translation>
    </message>
    <message>
        <source>No camera was found. Your helper can still hear you.</source>
        <translation>Kamarad lama helin. Caawiyahaagu weli wuu ku maqlayaa.</translation>
    </message>
    <message>
        <source>No microphone was found. You can still write in the chat.</source>
        <translation>Makarafoon lama helin. Weli waad ku qori kartaa sheekaysiga.</translation>
    </message>
    <message>
        <source>Sound does not work on this computer now. You can still write in the chat.</source>
        <translation>Codku kuma shaqeynayo kombuyuutarkan hadda. Weli waad ku qori kartaa sheekaysiga.</translation>
    </message>
    <message>
        <source>Your helper</source>
        <translation>Caawiyahaaga</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Wicitaanka {name}</translation>
    </message>
    <message>
        <source>{name} wants to talk with you through the computer. You can then put the phone down.</source>
        <translation>{name} wuxuu rabaa inuu kula hadlo kombuyuutarka. Markaas waad dhigi kartaa taleefanka.</translation>
    </message>
    <message>
        <source>Your microphone stays off until you choose Talk.</source>
        <translation>Makarafoonkaagu wuu xirnaanayaa ilaa aad doorato Hadal.</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Hadal</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Hadda maya</translation>
    </message>
    <message>
        <source>You see {name} on their camera.</source>
        <translation>Waxaad ku aragtaa {name} kamaradiisa.</translation>
    </message>
    <message>
        <source>{name} has no camera on.</source>
        <translation>Kamarada {name} ma shidna.</translation>
    </message>
    <message>
        <source>● Your microphone is on. {name} hears you.</source>
        <translation>● Makarafoonkaagu wuu shidan yahay. {name} ayaa ku maqlaya.</translation>
    </message>
    <message>
        <source>The call waits while the help is paused.</source>
        <translation>Wicitaanku wuu sugayaa inta caawimaaddu hakad ku jirto.</translation>
    </message>
    <message>
        <source>Your microphone is off.</source>
        <translation>Makarafoonkaagu wuu dansan yahay.</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Shid makarafoonkayga</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Dami makarafoonkayga</translation>
    </message>
    <message>
        <source>● {name} sees you on your camera.</source>
        <translation>● {name} ayaa kugu arkaya kamaradaada.</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Qari kamaradayda</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Muuji kamaradayda</translation>
    </message>
    <message>
        <source>Say something — the bar moves.</source>
        <translation>Wax dheh — xariiqdu way dhaqaaqaysaa.</translation>
    </message>
    <message>
        <source>How loud your microphone is</source>
        <translation>Heerka codka makarafoonkaaga</translation>
    </message>
    <message>
        <source>Test my microphone</source>
        <translation>Tijaabi makarafoonkayga</translation>
    </message>
    <message>
        <source>Make smaller</source>
        <translation>Yaree</translation>
    </message>
    <message>
        <source>Make bigger</source>
        <translation>Weyneey</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Dhammee wicitaanka</translation>
    </message>
    <message>
        <source>The call ended because the connection was lost. {name} can call you again.</source>
        <translation>Wicitaanka wuu dhammaaday sababtoo ah xiriirka ayaa go&apos;ay. {name} ayaa mar kale ku soo wici kara.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <source>The computer&apos;s usual microphone</source>
        <translation>Makarafoonka caadiga ah ee kombiyuutarka</translation>
    </message>
    <message>
        <source>The computer&apos;s usual speaker</source>
        <translation>Sameecadda caadiga ah ee kombiyuutarka</translation>
    </message>
    <message>
        <source>The computer&apos;s usual camera</source>
        <translation>Kamaradda caadiga ah ee kombiyuutarka</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Makarafoon:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Sameecad:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Kamarad:</translation>
    </message>
</context>
<context>
    <name>HomeEnded</name>
    <message>
        <source>You stopped the help. Nobody sees your screen now.</source>
        <translation>Waxaad joojisay caawimaadda. Hadda qofna ma arko shaashaddaada.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen.</source>
        <translation>Waxaad tidhi maya. Qofna ma arko shaashaddaada.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen. End the call now. This may be a trick. Do not give anyone a code or your bank codes. If you are worried, call a person you know.</source>
        <translation>Waxaad tiri maya. Qofna ma arko shaashaddaada. Hadda dami wicitaanka. Tani waxay noqon kartaa khiyaano. Qofna ha siin koodh ama koodhadhka bangigaaga. Haddii aad welwelsan tahay, wac qof aad taqaanno.</translation>
    </message>
    <message>
        <source>The organisation no longer confirms who your helper is. So we stopped the help. Nobody sees your screen now.</source>
        <translation>Hay&apos;addu mar dambe ma xaqiijinayso cidda caawiyahaagu yahay. Sidaas darteed waan joojinnay caawimaadda. Hadda qofna ma arko shaashaddaada.</translation>
    </message>
    <message>
        <source>Your helper ended the help. Nobody sees your screen now.</source>
        <translation>Caawiyahaagu wuu dhammeeyay caawimaadda. Hadda qofna ma arko shaashaddaada.</translation>
    </message>
    <message>
        <source>The code did not work. Get a new code and read it to your helper again.</source>
        <translation>Koodhku ma shaqayn. Hel koodh cusub oo mar kale u akhri caawiyahaaga.</translation>
    </message>
    <message>
        <source>The code is too old. You can get a new code.</source>
        <translation>Koodhku aad buu u duqoobay. Waxaad heli kartaa koodh cusub.</translation>
    </message>
    <message>
        <source>This took too long. You can get a new code.</source>
        <translation>Tani waqti aad u dheer ayay qaadatay. Waxaad heli kartaa koodh cusub.</translation>
    </message>
    <message>
        <source>Something was wrong, so we stopped to keep you safe. You can get a new code.</source>
        <translation>Wax baa khaldanaa. Waan joojinay si aad u nabadgashid. Waxaad heli kartaa koodh cusub.</translation>
    </message>
    <message>
        <source>We could not connect. Check that the internet works and try again.</source>
        <translation>Xiriir lama samayn karin. Hubi in internetku shaqaynayo oo mar kale isku day.</translation>
    </message>
    <message>
        <source>This app is not set up to connect safely, so it did not connect. Ask the person who set up your computer to fix it.</source>
        <translation>Barnaamijkan looma dejin inuu si ammaan ah ugu xirmo, sidaas darteed ma xirmin. Ka codso qofkii kombiyuutarkaaga diyaariyay inuu hagaajiyo.</translation>
    </message>
    <message>
        <source>The help went on for a very long time, so it ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Caawimaaddu aad bay u dheerayd, sidaas darteed way dhammaatay. Hadda qofna ma arko shaashaddaada. Haddii aad weli caawimaad u baahan tahay, hel koodh cusub.</translation>
    </message>
    <message>
        <source>The help service is busy now. Please try again soon.</source>
        <translation>Adeegga caawimaadda hadda wuu mashquul yahay. Fadlan dhawaan mar kale isku day.</translation>
    </message>
    <message>
        <source>This app is too old to get help. Ask your helper how to get the new version.</source>
        <translation>Barnaamijkani aad buu u duqoobay. Caawiyahaaga weydii sida aad u heli lahayd nooca cusub.</translation>
    </message>
    <message>
        <source>The connection broke. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Xiriirku wuu go&apos;ay. Hadda qofna ma arko shaashaddaada. Haddii aad weli caawimaad u baahan tahay, hel koodh cusub.</translation>
    </message>
    <message>
        <source>The help has ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Caawimaaddii way dhammaatay. Hadda qofna ma arko shaashaddaada. Haddii aad weli caawimaad u baahan tahay, hel koodh cusub.</translation>
    </message>
</context>
<context>
    <name>HomeReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Xiriirku wuu go&apos;ay. Mar kale ayaan isku dayaynaa…</translation>
    </message>
    <message>
        <source>Your helper cannot use your mouse and keyboard now.</source>
        <translation>Caawiyahaagu hadda ma isticmaali karo jiirkaaga iyo kiiboodhkaaga.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Ilbiriqsiyada haray: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. Your helper sees your screen. They must ask again to use your mouse.</source>
        <translation>Xiriirku wuu soo laabtay. Caawiyahaagu wuu arkaa shaashaddaada. Waa inuu mar kale weydiiyaa si uu jiirkaaga u isticmaalo.</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>Get help</source>
        <translation>Hel caawimaad</translation>
    </message>
    <message>
        <source>Get help with your computer</source>
        <translation>Caawimaad ku saabsan kombuyuutarkaaga</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. You decide what they see.</source>
        <translation>Qof aad aaminto ayaa arki kara shaashaddaada oo ku caawin kara. Adiga ayaa go&apos;aamiya waxa uu arko.</translation>
    </message>
    <message>
        <source>This app comes from {organisation}.</source>
        <translation>Barnaamijkan waxaa ku siiyay {organisation}.</translation>
    </message>
    <message>
        <source>This app keeps nothing on this computer after you close it.</source>
        <translation>Barnaamijkani waxba kuma kaydiyo kombuyuutarkan marka aad xirto kadib.</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Koodhkan u akhri caawiyahaaga.</translation>
    </message>
    <message>
        <source>Your code is {code}.</source>
        <translation>Koodhkaagu waa {code}.</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust.</source>
        <translation>Koodhka sii kaliya qof aad taqaanid oo aad aaminto.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ka noqo</translation>
    </message>
    <message>
        <source>Your helper typed the code. Please wait a moment.</source>
        <translation>Caawiyahaagu wuu qoray koodhka. Fadlan wax yar sug.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} wuxuu rabaa inuu arko shaashaddaada.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Tan oggolow kaliya haddii aad qofkan taqaanid. Weligaa ha oggolaan marka bangiga internetku furan yahay.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>{name} ma arki karaa shaashaddaada?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Oggolow</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Ha oggolaan</translation>
    </message>
    <message>
        <source>Past help</source>
        <translation>Caawimaadii hore</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Ammaan ma yahay?</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Sidee buu u shaqeeyaa?</translation>
    </message>
    <message>
        <source>Practise first</source>
        <translation>Tababar marka hore</translation>
    </message>
    <message>
        <source>Helper mark: {mark}. The same helper always has the same mark.</source>
        <translation>Calaamadda caawiyaha: {mark}. Caawiye isku mid ah had iyo jeer wuxuu leeyahay calaamad isku mid ah.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Adiga</translation>
    </message>
    <message>
        <source>The help has ended</source>
        <translation>Caawimaaddii way dhammaatay</translation>
    </message>
    <message>
        <source>Get help again</source>
        <translation>Mar kale hel caawimaad</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Choose your language</source>
        <translation>Dooro luqaddaada</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Luqadda</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Maria</source>
        <comment>the pretend helper&apos;s name in practice mode</comment>
        <translation>Maryan</translation>
    </message>
    <message>
        <source>Practice. This is not real help. Nobody sees your screen.</source>
        <translation>Tababar. Tani ma aha caawimaad dhab ah. Qofna ma arko shaashaddaada.</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>Dhammee tababarka</translation>
    </message>
    <message>
        <source>Practise getting help</source>
        <translation>Ku tababaro helitaanka caawimaadda</translation>
    </message>
    <message>
        <source>Here you can try how getting help works. A pretend helper called {name} helps you. Nothing here is real. You cannot make a mistake.</source>
        <translation>Halkan waxaad ku tijaabin kartaa sida caawimaadda loo helo. Caawiye been abuur ah oo la yidhaahdo {name} ayaa ku caawinaya. Waxba halkan dhab ma aha. Khalad ma samayn kartid.</translation>
    </message>
    <message>
        <source>Start practice</source>
        <translation>Bilow tababarka</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Koodhkan u akhri caawiyahaaga.</translation>
    </message>
    <message>
        <source>The practice code is {code}.</source>
        <translation>Koodhka tababarku waa {code}.</translation>
    </message>
    <message>
        <source>In real help, you read the code to your helper on the phone. Now you only pretend. Press the button when you are ready.</source>
        <translation>Caawimaad dhab ah, koodhka waxaad ugu akhrisaa caawiyahaaga telefoonka. Hadda waad iska dhigaysaa oo keliya. Riix badhanka markaad diyaar tahay.</translation>
    </message>
    <message>
        <source>I read the code</source>
        <translation>Waan akhriyay koodhka</translation>
    </message>
    <message>
        <source>{name} typed the code. Please wait a moment.</source>
        <translation>{name} way qortay koodhka. Fadlan wax yar sug.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} waxay rabtaa inay aragto shaashaddaada.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Tan oggolow kaliya haddii aad qofkan taqaanid. Weligaa ha oggolaan marka bangiga internetku furan yahay.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>{name} ma arki kartaa shaashaddaada?</translation>
    </message>
    <message>
        <source>This is practice. You can press either button.</source>
        <translation>Tani waa tababar. Waxaad riixi kartaa badhan kasta.</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Ha oggolaan</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Oggolow</translation>
    </message>
    <message>
        <source>You said no.</source>
        <translation>Waxaad tidhi maya.</translation>
    </message>
    <message>
        <source>That is right if you do not know the person. In real help, nobody sees your screen now.</source>
        <translation>Taasi waa sax haddii aadan qofka aqoon. Caawimaad dhab ah, hadda qofna ma arko shaashaddaada.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Mar kale isku day</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} way aragtaa shaashaddaada.</translation>
    </message>
    <message>
        <source>Look at your screen. {name} shows you things with a pointer.</source>
        <translation>Eeg shaashaddaada. {name} waxay wax kugu tusaysaa tilmaame.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Jooji wadaagista shaashaddaada</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Si fiican baad u samaysay!</translation>
    </message>
    <message>
        <source>You stopped the help. Nobody sees your screen now. You can stop real help in the same way.</source>
        <translation>Waxaad joojisay caawimaadda. Hadda qofna ma arko shaashaddaada. Caawimaadda dhabta ah sidan oo kale ayaad u joojin kartaa.</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Mar kale tababar</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Ku noqo bilowga</translation>
    </message>
    <message>
        <source>{name} says: Now press Stop. You can always stop like this.</source>
        <translation>{name} waxay leedahay: Hadda riix Jooji. Mar walba sidan ayaad u joojin kartaa.</translation>
    </message>
    <message>
        <source>{name} says: Hello! Can you see my pointer? It shows where I look.</source>
        <translation>{name} waxay leedahay: Salaan! Ma aragtaa tilmaamahayga? Wuxuu tusayaa meesha aan eegayo.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>You logged in. Can {name} use your mouse and keyboard again?</source>
        <translation>Waad gashay. Ma {name} mar kale isticmaali karaa jiirkaaga iyo kiiboodhkaaga?</translation>
    </message>
    <message>
        <source>{name} cannot see this page or use your mouse and keyboard.</source>
        <translation>{name} ma arki karo boggan mana isticmaali karo jiirkaaga iyo kiiboodhkaaga.</translation>
    </message>
    <message>
        <source>{name} cannot use your mouse or keyboard while this page is open. {name} can still see and point.</source>
        <translation>{name} ma isticmaali karo jiirkaaga iyo kiiboodhkaaga inta boggan furan yahay. {name} wali wuu arki karaa oo tilmaami karaa.</translation>
    </message>
    <message>
        <source>You are typing a password. {name} cannot see it.</source>
        <translation>Waxaad qoraysaa furaha sirta ah. {name} ma arki karo.</translation>
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
        <translation>Adiga ayaa go&apos;aamiya</translation>
    </message>
    <message>
        <source>Nobody sees your screen before you click Allow. You can stop at any time with the Stop button. After that, your helper sees nothing.</source>
        <translation>Qofna ma arko shaashaddaada ka hor intaadan riixin Oggolow. Waqti kasta waad ku joojin kartaa badhanka Jooji. Intaas kadib caawiyahaagu waxba ma arko.</translation>
    </message>
    <message>
        <source>The code works only once</source>
        <translation>Koodhku hal mar oo keliya ayuu shaqeeyaa</translation>
    </message>
    <message>
        <source>The code works only for a short time. If someone types a wrong code, the code stops working. Then you can get a new code.</source>
        <translation>Koodhku waqti gaaban oo keliya ayuu shaqeeyaa. Haddii qof qoro koodh khaldan, koodhku wuu joogsadaa. Markaas waxaad heli kartaa koodh cusub.</translation>
    </message>
    <message>
        <source>Only your helper can see</source>
        <translation>Caawiyahaaga oo keliya ayaa arki kara</translation>
    </message>
    <message>
        <source>Only the person who has your code can ask to see your screen. The picture of your screen is locked on the way. Only your helper&apos;s app can open it. Not even the people who run this service can see it.</source>
        <translation>Qofka haysta koodhkaaga oo keliya ayaa codsan kara inuu arko shaashaddaada. Sawirka shaashaddaadu jidka wuu ku xidhan yahay. Barnaamijka caawiyahaaga oo keliya ayaa furi kara. Xitaa dadka maamula adeeggan ma arki karaan.</translation>
    </message>
    <message>
        <source>Watch out for tricks</source>
        <translation>Ka digtoonow khiyaanada</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust. A bank, the police or a company never calls you to ask for this code. If a stranger asks you to use this app, end the call. Never allow help while your online bank is open. Never tell anyone your bank codes or passwords.</source>
        <translation>Koodhka sii kaliya qof aad taqaanid oo aad aaminto. Bangi, booliis ama shirkad weligood kuuma soo wacaan si ay koodhkan kaaga codsadaan. Haddii qof aadan aqoon kuu sheego inaad isticmaasho barnaamijkan, dhammee wicitaanka. Weligaa ha oggolaan caawimaad marka bangiga internetku furan yahay. Weligaa qofna ha u sheegin koodhadhka bangigaaga ama furahaaga sirta ah.</translation>
    </message>
    <message>
        <source>Your bank is protected</source>
        <translation>Bangigaagu waa ilaalsan yahay</translation>
    </message>
    <message>
        <source>Some pages are protected, such as your online bank. There your helper cannot use your mouse or keyboard. Your helper can still see the page and point. The app knows the pages of Finnish banks, Suomi.fi, Kela, OmaKanta and OmaVero. You can protect any other window with the button Protect this window. When you type a password, your helper cannot type there or see it.</source>
        <translation>Boggaga qaarkood waa ilaalsan yihiin, sida bangigaaga internetka. Halkaas caawiyahaagu ma isticmaali karo jiirkaaga iyo kiiboodhkaaga. Caawiyahaagu wali wuu arki karaa bogga oo tilmaami karaa. Barnaamijku wuu yaqaan boggaga bangiyada Finland, Suomi.fi, Kela, OmaKanta iyo OmaVero. Daaqad kasta oo kale waad ilaalin kartaa adoo riixaya badhanka Ilaali daaqaddan. Markaad qorayso furaha sirta ah, caawiyahaagu halkaas wax ma qori karo mana arki karo.</translation>
    </message>
    <message>
        <source>A private moment</source>
        <translation>Waqti gaar ah</translation>
    </message>
    <message>
        <source>Press Private moment when you want to do something alone. Your helper sees only a grey picture and cannot use your mouse or keyboard. Press Show again when you are ready.</source>
        <translation>Riix Waqti gaar ah markaad rabto inaad wax keligaa samayso. Caawiyahaagu wuxuu arkaa sawir cawl ah oo keliya mana isticmaali karo jiirkaaga iyo kiiboodhkaaga. Riix Mar kale tus markaad diyaar tahay.</translation>
    </message>
    <message>
        <source>Your helper&apos;s mark</source>
        <translation>Calaamadda caawiyahaaga</translation>
    </message>
    <message>
        <source>The app shows your helper&apos;s name and a mark of letters and numbers. The same helper always has the same mark. If the mark is new, ask your helper why.</source>
        <translation>Barnaamijku wuxuu tusayaa magaca caawiyahaaga iyo calaamad xarfo iyo tirooyin ah. Caawiye isku mid ah had iyo jeer wuxuu leeyahay calaamad isku mid ah. Haddii calaamaddu cusub tahay, caawiyahaaga weydii sababta.</translation>
    </message>
    <message>
        <source>Who is your helper?</source>
        <translation>Yaa ku caawinaya?</translation>
    </message>
    <message>
        <source>Some helpers work for an organisation, such as your city or library. The organisation can confirm who they are. Then the app shows the name of the organisation in large letters. If the app says that we do not know who the person is, be careful. The app also tells you if this person has helped you before.</source>
        <translation>Caawiyeyaasha qaar waxay u shaqeeyaan meel, sida magaaladaada ama maktabadda. Meeshaas ayaa xaqiijin karta cidda ay yihiin. Markaas barnaamijku wuxuu muujinayaa magaca meeshaas oo xarfo waaweyn ah. Haddii barnaamijku yiraahdo ma naqaanno qofka, taxaddar. Barnaamijku wuxuu kaloo kuu sheegayaa haddii qofkani hore kuu caawiyay.</translation>
    </message>
    <message>
        <source>If something is wrong</source>
        <translation>Haddii wax khaldan yihiin</translation>
    </message>
    <message>
        <source>If the app notices something strange, it stops at once. Then nobody sees your screen. You can get a new code and try again.</source>
        <translation>Haddii barnaamijku arko wax la yaab leh, isla markiiba wuu joogsadaa. Markaas qofna ma arko shaashaddaada. Waxaad heli kartaa koodh cusub oo mar kale isku dayi kartaa.</translation>
    </message>
    <message>
        <source>What the app cannot do</source>
        <translation>Waxa barnaamijku samayn karin</translation>
    </message>
    <message>
        <source>The app cannot protect you from a computer virus. If you think your computer has a virus, ask for help face to face.</source>
        <translation>Barnaamijku kaama ilaalin karo fayraska kombuyuutarka. Haddii aad u malaynayso in kombuyuutarkaagu fayras leeyahay, codso caawimaad fool ka fool ah.</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Ammaan ma yahay?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
</context>
<context>
    <name>ScreenChoice</name>
    <message>
        <source>The screen on the left</source>
        <translation>Shaashadda bidix</translation>
    </message>
    <message>
        <source>The screen on the right</source>
        <translation>Shaashadda midig</translation>
    </message>
    <message>
        <source>The screen in the middle</source>
        <translation>Shaashadda dhexe</translation>
    </message>
    <message>
        <source>The screen at the top</source>
        <translation>Shaashadda sare</translation>
    </message>
    <message>
        <source>The screen at the bottom</source>
        <translation>Shaashadda hoose</translation>
    </message>
    <message>
        <source>Your screen</source>
        <translation>Shaashaddaada</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Shaashadda %1</translation>
    </message>
    <message>
        <source>Which screen may %1 see now?</source>
        <translation>Shaashaddee ayuu %1 hadda arki karaa?</translation>
    </message>
    <message>
        <source>Keep this screen</source>
        <translation>Sii hay shaashaddan</translation>
    </message>
    <message>
        <source>Which screen may %1 see?</source>
        <translation>Shaashaddee ayuu %1 arki karaa?</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>Ha wadaagin</translation>
    </message>
    <message>
        <source>Press the picture of the screen to share.</source>
        <translation>Riix sawirka shaashadda aad rabto inaad wadaagto.</translation>
    </message>
    <message>
        <source>Share this screen.</source>
        <translation>Wadaag shaashaddan.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Protect this window</source>
        <translation>Ilaali daaqaddan</translation>
    </message>
    <message>
        <source>Your helper cannot use the window you are using now</source>
        <translation>Caawiyahaagu ma isticmaali karo daaqadda aad hadda isticmaalayso</translation>
    </message>
    <message>
        <source>Allow again</source>
        <translation>Mar kale oggolow</translation>
    </message>
    <message>
        <source>Show another screen</source>
        <translation>Tus shaashad kale</translation>
    </message>
    <message>
        <source>Your screen is shared</source>
        <translation>Shaashaddaada waa la wadaagayaa</translation>
    </message>
</context>
<context>
    <name>SharedScreen</name>
    <message>
        <source>They have one screen.</source>
        <translation>Waxay leeyihiin hal shaashad.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the left.</source>
        <translation>Waxaad aragtaa shaashadda %1 ee %2, tan bidix.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the right.</source>
        <translation>Waxaad aragtaa shaashadda %1 ee %2, tan midig.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one in the middle.</source>
        <translation>Waxaad aragtaa shaashadda %1 ee %2, tan dhexe.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the top.</source>
        <translation>Waxaad aragtaa shaashadda %1 ee %2, tan sare.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the bottom.</source>
        <translation>Waxaad aragtaa shaashadda %1 ee %2, tan hoose.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2.</source>
        <translation>Waxaad aragtaa shaashadda %1 ee %2.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>{name} uses your mouse and keyboard.</source>
        <translation>{name} wuxuu isticmaalayaa jiirkaaga iyo kiiboodhkaaga.</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} wuu arkaa shaashaddaada.</translation>
    </message>
    <message>
        <source>Take back control</source>
        <translation>Dib u qaado xakamaynta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Jooji wadaagista shaashaddaada</translation>
    </message>
    <message>
        <source>Move your own mouse if you want {name} to stop for a moment.</source>
        <translation>Dhaqaaji jiirkaaga haddii aad rabto in {name} wax yar joogsado.</translation>
    </message>
    <message>
        <source>Private moment. {name} cannot see your screen.</source>
        <translation>Waqti gaar ah. {name} ma arki karo shaashaddaada.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Mar kale tus</translation>
    </message>
    <message>
        <source>Show your screen again</source>
        <translation>Shaashaddaada mar kale tus</translation>
    </message>
    <message>
        <source>Private moment</source>
        <translation>Waqti gaar ah</translation>
    </message>
    <message>
        <source>Hide your screen for a private moment</source>
        <translation>Shaashaddaada qari waqti gaar ah</translation>
    </message>
    <message>
        <source>Sharing is paused. {name} cannot see your screen.</source>
        <translation>Wadaagistu waa hakad. {name} ma arki karo shaashaddaada.</translation>
    </message>
    <message>
        <source>Press Show again when you are ready.</source>
        <translation>Riix Mar kale tus markaad diyaar tahay.</translation>
    </message>
    <message>
        <source>{name} can point and draw on your screen to show you things.</source>
        <translation>{name} wuxuu ku tilmaami karaa oo ku sawiri karaa shaashaddaada si uu wax kuu tuso.</translation>
    </message>
    <message>
        <source>{name} asks to use your mouse and keyboard.</source>
        <translation>{name} wuxuu codsanayaa inuu isticmaalo jiirkaaga iyo kiiboodhkaaga.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Tan oggolow kaliya haddii aad qofkan taqaanid. Weligaa ha oggolaan marka bangiga internetku furan yahay.</translation>
    </message>
    <message>
        <source>Can {name} use your mouse and keyboard?</source>
        <translation>{name} ma isticmaali karaa jiirkaaga iyo kiiboodhkaaga?</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Ha oggolaan</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Oggolow</translation>
    </message>
    <message>
        <source>Do you want to keep sharing your screen?</source>
        <translation>Ma rabtaa inaad sii wadaagto shaashaddaada?</translation>
    </message>
    <message>
        <source>Soon we will ask if you want to keep sharing your screen.</source>
        <translation>Dhawaan waxaan ku weydiin doonnaa inaad rabto inaad sii wadaagto shaashaddaada.</translation>
    </message>
    <message>
        <source>Ask me again after this many &amp;minutes:</source>
        <translation>Mar kale i weydii intan &amp;daqiiqo kadib:</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>{name} helped you.</source>
        <translation>{name} wuu ku caawiyay.</translation>
    </message>
    <message numerus="yes">
        <source>{name} saw your screen for %n minutes.</source>
        <translation>
            <numerusform>{name} wuxuu arkay shaashaddaada %n daqiiqo.</numerusform>
            <numerusform>{name} wuxuu arkay shaashaddaada %n daqiiqo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} used your mouse and keyboard for %n minutes.</source>
        <translation>
            <numerusform>{name} wuxuu isticmaalay jiirkaaga iyo kiiboodhkaaga %n daqiiqo.</numerusform>
            <numerusform>{name} wuxuu isticmaalay jiirkaaga iyo kiiboodhkaaga %n daqiiqo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} did not use your mouse or keyboard.</source>
        <translation>{name} ma isticmaalin jiirkaaga ama kiiboodhkaaga.</translation>
    </message>
    <message numerus="yes">
        <source>You had %n private moments.</source>
        <translation>
            <numerusform>Waxaad yeelatay %n waqti gaar ah.</numerusform>
            <numerusform>Waxaad yeelatay %n waqtiyo gaar ah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected page, like your bank, was open %n times. {name} could not use it.</source>
        <translation>
            <numerusform>Bog ilaalsan, sida bangigaaga, ayaa furnaa %n mar. {name} ma isticmaali karin.</numerusform>
            <numerusform>Bog ilaalsan, sida bangigaaga, ayaa furnaa %n jeer. {name} ma isticmaali karin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterCall</name>
    <message>
        <source>Your computer did not allow the microphone.</source>
        <translation>Kombuyuutarkaagu ma oggolaan makarafoonka.</translation>
    </message>
    <message>
        <source>No microphone was found on your computer.</source>
        <translation>Makarafoon lagama helin kombuyuutarkaaga.</translation>
    </message>
    <message>
        <source>No camera was found on your computer.</source>
        <translation>Kamarad lagama helin kombuyuutarkaaga.</translation>
    </message>
    <message>
        <source>Sound does not work on your computer now.</source>
        <translation>Codku kuma shaqeynayo kombuyuutarkaaga hadda.</translation>
    </message>
    <message>
        <source>The person&apos;s camera</source>
        <translation>Kamarada qofka</translation>
    </message>
    <message>
        <source>You can offer a call while you see the screen.</source>
        <translation>Waad soo jeedin kartaa wicitaan inta aad shaashadda aragto.</translation>
    </message>
    <message>
        <source>Waiting for the person to answer your call…</source>
        <translation>Waxaa la sugayaa in qofku ka jawaabo wicitaankaaga…</translation>
    </message>
    <message>
        <source>The person paused the help. The call waits.</source>
        <translation>Qofku wuu hakiyay caawimaadda. Wicitaanku wuu sugayaa.</translation>
    </message>
    <message>
        <source>In a call. The person turned their microphone off.</source>
        <translation>Wicitaan ayaa socda. Qofku wuu damiyay makarafoonkiisa.</translation>
    </message>
    <message>
        <source>In a call. Your microphone is off.</source>
        <translation>Wicitaan ayaa socda. Makarafoonkaagu wuu dansan yahay.</translation>
    </message>
    <message>
        <source>In a call. The person hears you.</source>
        <translation>Wicitaan ayaa socda. Qofku wuu ku maqlayaa.</translation>
    </message>
    <message>
        <source>No call.</source>
        <translation>Wicitaan ma jiro.</translation>
    </message>
    <message>
        <source>Offer a call</source>
        <translation>Soo jeedi wicitaan</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Shid makarafoonkayga</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Dami makarafoonkayga</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Dhammee wicitaanka</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Qari kamaradayda</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Muuji kamaradayda</translation>
    </message>
</context>
<context>
    <name>SupporterEnded</name>
    <message>
        <source>You ended the session.</source>
        <translation>Waxaad dhammaysay kulanka.</translation>
    </message>
    <message>
        <source>The person did not allow screen sharing.</source>
        <translation>Qofku ma oggolaan wadaagista shaashadda.</translation>
    </message>
    <message>
        <source>The person ended the session.</source>
        <translation>Qofku wuu dhammeeyay kulanka.</translation>
    </message>
    <message>
        <source>No one is waiting with this code. Ask the person to read the code again.</source>
        <translation>Qofna kuma sugayo koodhkan. Qofka ka codso inuu koodhka mar kale akhriyo.</translation>
    </message>
    <message>
        <source>This code is already in use. Ask for a new code.</source>
        <translation>Koodhkan hore ayaa loo isticmaalayaa. Codso koodh cusub.</translation>
    </message>
    <message>
        <source>The code did not match, so it no longer works. Ask the person for a new code.</source>
        <translation>Koodhku isma waafaqin, sidaas darteed mar dambe ma shaqeeyo. Qofka ka codso koodh cusub.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new code.</source>
        <translation>Koodhku wuu dhacay. Codso koodh cusub.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation>Isku day aad u badan. Sug daqiiqad oo mar kale isku day.</translation>
    </message>
    <message>
        <source>This service lets in only supporters with a certificate from an organisation it trusts. Ask your organisation for a certificate and load it.</source>
        <translation>Adeeggan wuxuu soo gelinayaa oo keliya caawiyeyaasha haysta shahaado ka timid hay&apos;ad uu aamino. Hay&apos;addaada ka codso shahaado oo soo geli.</translation>
    </message>
    <message>
        <source>The session ended. Your organisation&apos;s confirmation is no longer valid. Ask your organisation.</source>
        <translation>Kulanku wuu dhammaaday. Xaqiijinta hay&apos;addaadu mar dambe ma shaqaynayso. Weydii hay&apos;addaada.</translation>
    </message>
    <message>
        <source>The connection failed a security check and was closed. Ask for a new code.</source>
        <translation>Xiriirku wuu ku dhacay hubinta amniga waana la xiray. Codso koodh cusub.</translation>
    </message>
    <message>
        <source>Cannot reach the pairing server. Check the network and try again.</source>
        <translation>Seerfarka isku xirka lama gaari karo. Hubi shabakadda oo mar kale isku day.</translation>
    </message>
    <message>
        <source>The pairing server address starts with ws://, which is not protected. Use a wss:// address (ws:// only for a server on this computer).</source>
        <translation>Cinwaanka seerfarka isku xirku wuxuu ku bilaabmaa ws://, oo aan la ilaalin. Isticmaal cinwaan wss:// ah (ws:// kaliya seerfar kombiyuutarkan ku jira).</translation>
    </message>
    <message>
        <source>The pairing server ended the session: it was open too long or unused for too long. Ask the person for a new code to help again.</source>
        <translation>Seerfarka isku xirku wuu joojiyay kulanka: aad buu u furnaa ama muddo dheer lama isticmaalin. Si aad mar kale u caawiso, qofka ka codso koodh cusub.</translation>
    </message>
    <message>
        <source>The connection took too long. Try again.</source>
        <translation>Xiriirku waqti aad u dheer ayuu qaatay. Mar kale isku day.</translation>
    </message>
    <message>
        <source>The pairing server is busy or restarting. Try again in a minute.</source>
        <translation>Seerfarka isku xirku wuu mashquul yahay ama dib ayuu u bilaabanayaa. Daqiiqad kadib isku day.</translation>
    </message>
    <message>
        <source>The pairing server does not support this version of the app. Update the app and try again.</source>
        <translation>Seerfarka isku xirku ma taageero noocan barnaamijka. Cusboonaysii barnaamijka oo mar kale isku day.</translation>
    </message>
    <message>
        <source>The pairing server refused a message before the apps were paired. Ask for a new code and try again.</source>
        <translation>Seerfarka isku xirku wuu diiday fariin ka hor intaan barnaamijyada la isku xirin. Codso koodh cusub oo mar kale isku day.</translation>
    </message>
    <message>
        <source>The connection was lost. Ask the person for a new code to continue.</source>
        <translation>Xiriirku wuu lumay. Si aad u sii wadato, qofka ka codso koodh cusub.</translation>
    </message>
    <message>
        <source>The session ended. To help again, ask the person for a new code.</source>
        <translation>Kulankii wuu dhammaaday. Si aad mar kale u caawiso, qofka ka codso koodh cusub.</translation>
    </message>
</context>
<context>
    <name>SupporterHelp</name>
    <message>
        <source>1. Get the code</source>
        <translation>1. Hel koodhka</translation>
    </message>
    <message>
        <source>Call the person first. They press Get help and read you a code of 13 digits. Type it here with your name and press Connect. The app notices most typing mistakes before it connects.</source>
        <translation>Marka hore qofka wac. Wuxuu riixaa Hel caawimaad oo kuu akhriyaa koodh 13 tiro ah. Halkan ku qor magacaaga la jira oo riix Ku xir. Barnaamijku wuxuu ogaadaa khaladaadka qoraalka badankood ka hor intaanu xirin.</translation>
    </message>
    <message>
        <source>2. Wait for permission</source>
        <translation>2. Sug oggolaanshaha</translation>
    </message>
    <message>
        <source>The person sees your name and your identity mark, and decides. Nothing is shown before they press Allow. A wrong code ends the code for good; ask for a new one.</source>
        <translation>Qofku wuxuu arkaa magacaaga iyo calaamadda aqoonsigaaga, kadibna wuu go&apos;aamiyaa. Waxba lama tuso ka hor intuusan riixin Oggolow. Koodh khaldan ayaa koodhka gebi ahaanba burinaya; codso mid cusub.</translation>
    </message>
    <message>
        <source>3. Teach first</source>
        <translation>3. Marka hore bar</translation>
    </message>
    <message>
        <source>Move the mouse over the picture to show your pointer on their screen. Drag to draw, click to say &quot;look here&quot;. Let the person do things themselves when they can.</source>
        <translation>Jiirka dul mari sawirka si tilmaamahaagu uga muuqdo shaashaddiisa. Jiid si aad u sawirto, guji si aad u dhahdo &quot;halkan eeg&quot;. Qofka u daa inuu isagu wax sameeyo markuu awoodo.</translation>
    </message>
    <message>
        <source>4. Mouse and keyboard</source>
        <translation>4. Jiirka iyo kiiboodhka</translation>
    </message>
    <message>
        <source>Press Ask for control only when teaching is not enough. The person must allow it separately and can take control back at any time. When they move their own mouse, your input waits.</source>
        <translation>Riix Codso xakamayn kaliya marka barashadu aanay ku filnayn. Qofku waa inuu si gooni ah u oggolaadaa, waqti kastana dib ayuu u qaadan karaa xakamaynta. Marka uu dhaqaajiyo jiirkiisa, gelintaadu way sugtaa.</translation>
    </message>
    <message>
        <source>5. Ending</source>
        <translation>5. Dhammaynta</translation>
    </message>
    <message>
        <source>The person can pause or stop at any moment. Press End session when you are done. Nothing stays open afterwards.</source>
        <translation>Qofku wuu hakin karaa ama joojin karaa waqti kasta. Riix Dhammee kulanka markaad dhammayso. Waxba furan kama haraan kadib.</translation>
    </message>
    <message>
        <source>Keep the person safe</source>
        <translation>Qofka ilaali</translation>
    </message>
    <message>
        <source>Never ask for passwords, bank codes or card numbers. Ask the person to close their online bank before you look. Remind them that no bank or authority ever calls to ask for this code.</source>
        <translation>Weligaa ha weydiin furayaasha sirta ah, koodhadhka bangiga ama lambarada kaarka. Qofka ka codso inuu xiro bangiga internetka ka hor intaadan eegin. Xusuusi in bangi ama hay&apos;ad dawladeed aysan weligood u soo wacin si ay koodhkan u weydiiyaan.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Caawimaad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
</context>
<context>
    <name>SupporterIdentity</name>
    <message>
        <source>Your identity mark is {mark}. The person sees the same mark before they allow you.</source>
        <translation>Calaamadda aqoonsigaagu waa {mark}. Qofku wuxuu arkaa calaamad isku mid ah ka hor intuusan ku oggolaan.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. No safe key store was found on this computer, so the mark lasts only until you close the app.</source>
        <translation>Calaamadda aqoonsigaagu waa {mark}. Kombuyuutarkan lagama helin kayd furayaal oo ammaan ah, sidaas darteed calaamaddu waxay jiraysaa ilaa aad xirto barnaamijka oo keliya.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The only key store here saves secrets as plain text, so it is not used and the mark lasts only until you close the app.</source>
        <translation>Calaamadda aqoonsigaagu waa {mark}. Kaydka furayaasha ee kaliya ee halkan ku yaal wuxuu sirta u kaydiyaa qoraal caadi ah, sidaas darteed lama isticmaalo, calaamadduna waxay jiraysaa ilaa aad xirto barnaamijka oo keliya.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The saved key could not be read and was left as it is, so this mark lasts only until you close the app.</source>
        <translation>Calaamadda aqoonsigaagu waa {mark}. Furaha la kaydiyay lama akhrin karin waana loo daayay sidiisa, sidaas darteed calaamaddani waxay jiraysaa ilaa aad xirto barnaamijka oo keliya.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The key store could not be opened, so the mark lasts only until you close the app.</source>
        <translation>Calaamadda aqoonsigaagu waa {mark}. Kaydka furayaasha lama furi karin, sidaas darteed calaamaddu waxay jiraysaa ilaa aad xirto barnaamijka oo keliya.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. It lasts only until you close the app.</source>
        <translation>Calaamadda aqoonsigaagu waa {mark}. Waxay jiraysaa ilaa aad xirto barnaamijka oo keliya.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} has expired. Ask them for a new one.</source>
        <translation>Shahaadadaada ka timid {organisation} way dhacday. Ka codso mid cusub.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} is valid until {date}. The person sees that {organisation} has confirmed who you are.</source>
        <translation>Shahaadadaada ka timid {organisation} way shaqaynaysaa ilaa {date}. Qofku wuxuu arkaa in {organisation} xaqiijisay cidda aad tahay.</translation>
    </message>
</context>
<context>
    <name>SupporterReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Xiriirku wuu go&apos;ay. Mar kale ayaan isku dayaynaa…</translation>
    </message>
    <message>
        <source>Your keys and buttons were released; control has ended.</source>
        <translation>Furayaashaada iyo badhamadaada waa la sii daayay; xakamaynta way dhammaatay.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Ilbiriqsiyada haray: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. You see the screen; ask again if you need control.</source>
        <translation>Xiriirku wuu soo laabtay. Waad aragtaa shaashadda; mar kale codso xakamaynta haddii aad u baahan tahay.</translation>
    </message>
</context>
<context>
    <name>SupporterRefused</name>
    <message>
        <source>The person has a protected page open, such as their online bank. Your mouse and keyboard do nothing there. You can still point and draw.</source>
        <translation>Qofku wuxuu furan yahay bog ilaalsan, sida bangigiisa internetka. Jiirkaaga iyo kiiboodhkaagu halkaas waxba ma qabtaan. Wali waad tilmaami kartaa oo sawiri kartaa.</translation>
    </message>
    <message>
        <source>The person is typing a password. Your keys are not used, and the field is hidden from your view.</source>
        <translation>Qofku wuxuu qorayaa furaha sirta ah. Furayaashaada lama isticmaalo, goobtana waa lagaa qariyay.</translation>
    </message>
    <message>
        <source>The person is doing something private.</source>
        <translation>Qofku wuxuu samaynayaa wax gaar ah.</translation>
    </message>
    <message>
        <source>You cannot use the buttons of the helper app on the other computer. To end the help, use End session in your own app.</source>
        <translation>Ma isticmaali kartid badhamada barnaamijka caawinta ee kombiyuutarka kale. Si aad u dhammayso caawinta, isticmaal Dhammee kulanka ee barnaamijkaaga.</translation>
    </message>
    <message>
        <source>This key combination is blocked on the other computer to keep it safe.</source>
        <translation>Isku-darka furayaashan waa laga xannibay kombiyuutarka kale si loo ilaaliyo.</translation>
    </message>
</context>
<context>
    <name>SupporterSteps</name>
    <message>
        <source>Connecting to the pairing server…</source>
        <translation>Waxaa lagu xirayaa seerfarka isku xirka…</translation>
    </message>
    <message>
        <source>Checking the code with the person&apos;s computer…</source>
        <translation>Koodhka ayaa lagu hubinayaa kombuyuutarka qofka…</translation>
    </message>
    <message>
        <source>Waiting for the person to allow you to see their screen…</source>
        <translation>Waxaa la sugayaa in qofku kuu oggolaado inaad aragto shaashaddiisa…</translation>
    </message>
    <message>
        <source>Starting the screen view…</source>
        <translation>Waxaa la bilaabayaa muuqaalka shaashadda…</translation>
    </message>
</context>
<context>
    <name>SupporterWindow</name>
    <message>
        <source>Assist – supporter</source>
        <translation>Assist – caawiye</translation>
    </message>
    <message>
        <source>Help a person</source>
        <translation>Caawi qof</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Caawimaad</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Magacaaga</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Koodhka</translation>
    </message>
    <message>
        <source>Shown to the person</source>
        <translation>Qofka ayaa la tusayaa</translation>
    </message>
    <message>
        <source>1234 5678 9012 3</source>
        <translation>1234 5678 9012 3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodhka</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Magacaaga</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Ku xir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ka noqo</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Dhammee kulanka</translation>
    </message>
    <message>
        <source>Give control back</source>
        <translation>Celi xakamaynta</translation>
    </message>
    <message>
        <source>Ask for control</source>
        <translation>Codso xakamayn</translation>
    </message>
    <message>
        <source>You control the person&apos;s mouse and keyboard. If they move their own mouse, you wait a moment. Ctrl+Alt+Home takes the keyboard back to this window.</source>
        <translation>Adiga ayaa xakamaynaya jiirka iyo kiiboodhka qofka. Haddii uu dhaqaajiyo jiirkiisa, wax yar ayaad sugaysaa. Ctrl+Alt+Home wuxuu kiiboodhka dib ugu celinayaa daaqaddan.</translation>
    </message>
    <message>
        <source>The person is doing something private. You will see the screen again when they are ready.</source>
        <translation>Qofku wuxuu samaynayaa wax gaar ah. Shaashadda mar kale ayaad arki doontaa marka uu diyaar noqdo.</translation>
    </message>
    <message>
        <source>Your name looks like a helper mark. Write your name without groups of letters and numbers like 7F3A-91C2.</source>
        <translation>Magacaagu wuxuu u eg yahay calaamadda caawiyaha. Qor magacaaga adigoon isticmaalin kooxo xarfo iyo tirooyin ah sida 7F3A-91C2.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Adiga</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Qofka</translation>
    </message>
    <message>
        <source>The person&apos;s screen</source>
        <translation>Shaashadda qofka</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Kulankii wuu dhammaaday</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Kulan cusub</translation>
    </message>
    <message>
        <source>Waiting for the person to allow control…</source>
        <translation>Waxaa la sugayaa in qofku oggolaado xakamaynta…</translation>
    </message>
    <message>
        <source>You see the person&apos;s screen. Point with the mouse; drag to draw; click to say &quot;look here&quot;.</source>
        <translation>Waxaad aragtaa shaashadda qofka. Jiirka ku tilmaan; jiid si aad u sawirto; guji si aad u dhahdo &quot;halkan eeg&quot;.</translation>
    </message>
    <message>
        <source>The code looks right.</source>
        <translation>Koodhku wuxuu u muuqdaa mid sax ah.</translation>
    </message>
    <message>
        <source>The code has 13 digits.</source>
        <translation>Koodhku wuxuu leeyahay 13 tiro.</translation>
    </message>
    <message>
        <source>The code has only digits.</source>
        <translation>Koodhku tirooyin oo keliya ayuu leeyahay.</translation>
    </message>
    <message>
        <source>This code has a typo. Check the digits with the person.</source>
        <translation>Koodhkan khalad qoraal ayaa ku jira. Tirooyinka la hubi qofka.</translation>
    </message>
</context>
</TS>
