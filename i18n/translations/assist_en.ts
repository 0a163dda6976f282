<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddOrganisation</name>
    <message>
        <source>Add an organisation</source>
        <translation>Add an organisation</translation>
    </message>
    <message>
        <source>Do you want to trust {organisation}?</source>
        <translation>Do you want to trust {organisation}?</translation>
    </message>
    <message>
        <source>Then the app can tell you when a helper works for {organisation}.</source>
        <translation>Then the app can tell you when a helper works for {organisation}.</translation>
    </message>
    <message>
        <source>Say yes only if {organisation} gave you this file themselves.</source>
        <translation>Say yes only if {organisation} gave you this file themselves.</translation>
    </message>
    <message>
        <source>Their mark is {mark}. Ask them to read their mark to you.</source>
        <translation>Their mark is {mark}. Ask them to read their mark to you.</translation>
    </message>
    <message>
        <source>Yes, trust them</source>
        <translation>Yes, trust them</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>This file is not from an organisation. Nothing was changed.</source>
        <translation>This file is not from an organisation. Nothing was changed.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Did an organisation give you a file? Then you can add the organisation here.</source>
        <translation>Did an organisation give you a file? Then you can add the organisation here.</translation>
    </message>
    <message>
        <source>Files from an organisation</source>
        <translation>Files from an organisation</translation>
    </message>
    <message>
        <source>Done. The app now trusts {organisation}.</source>
        <translation>Done. The app now trusts {organisation}.</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Text and colours</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Write a message</source>
        <translation>&amp;Write a message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Write a message</translation>
    </message>
    <message>
        <source>{who} wrote: {message}</source>
        <translation>{who} wrote: {message}</translation>
    </message>
</context>
<context>
    <name>CodeCountdown</name>
    <message numerus="yes">
        <source>The code works for %n more minutes.</source>
        <translation>
            <numerusform>The code works for %n more minute.</numerusform>
            <numerusform>The code works for %n more minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>This app cannot start</translation>
    </message>
    <message>
        <source>The settings that came with this app have a mistake. Please tell the people who gave you this app.</source>
        <translation>The settings that came with this app have a mistake. Please tell the people who gave you this app.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>We do not know who this person is.</source>
        <translation>We do not know who this person is.</translation>
    </message>
    <message>
        <source>They can move your mouse and click on anything.</source>
        <translation>They can move your mouse and click on anything.</translation>
    </message>
    <message>
        <source>They can type on your keyboard.</source>
        <translation>They can type on your keyboard.</translation>
    </message>
    <message>
        <source>They can open your files, your email and your programs.</source>
        <translation>They can open your files, your email and your programs.</translation>
    </message>
    <message>
        <source>Never allow this while your online bank is open.</source>
        <translation>Never allow this while your online bank is open.</translation>
    </message>
    <message>
        <source>{organisation} has confirmed who this person is.</source>
        <translation>{organisation} has confirmed who this person is.</translation>
    </message>
    <message>
        <source>We do not know who this person is. Companies and authorities never call you to ask for this.</source>
        <translation>We do not know who this person is. Companies and authorities never call you to ask for this.</translation>
    </message>
    <message>
        <source>Did you call them, or did they call you?</source>
        <translation>Did you call them, or did they call you?</translation>
    </message>
    <message>
        <source>I called them</source>
        <translation>I called them</translation>
    </message>
    <message>
        <source>They called me</source>
        <translation>They called me</translation>
    </message>
    <message>
        <source>Take a moment to think. Then you can answer.</source>
        <translation>Take a moment to think. Then you can answer.</translation>
    </message>
    <message>
        <source>Someone calls themselves {name}, but it is not the {name} who helped you before.</source>
        <translation>Someone calls themselves {name}, but it is not the {name} who helped you before.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has helped you %n times.</source>
        <translation>
            <numerusform>{name} has helped you %n time.</numerusform>
            <numerusform>{name} has helped you %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the first time this person helps you.</source>
        <translation>This is the first time this person helps you.</translation>
    </message>
</context>
<context>
    <name>DesktopProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>This app cannot start</translation>
    </message>
    <message>
        <source>This app cannot show your screen on this computer. Please tell the people who gave you this app.</source>
        <translation>This app cannot show your screen on this computer. Please tell the people who gave you this app.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DesktopQuestion</name>
    <message>
        <source>Your computer will ask you too</source>
        <translation>Your computer will ask you too</translation>
    </message>
    <message>
        <source>Your computer will now ask you too. Press Share. Then your helper can see your screen. Tick the box too if your helper may use your mouse later.</source>
        <translation>Your computer will now ask you too. Press Share. Then your helper can see your screen. Tick the box too if your helper may use your mouse later.</translation>
    </message>
    <message>
        <source>Your screen is not shared</source>
        <translation>Your screen is not shared</translation>
    </message>
    <message>
        <source>You pressed Cancel on your computer&apos;s question. Your helper sees nothing. You can get a new code and try again.</source>
        <translation>You pressed Cancel on your computer&apos;s question. Your helper sees nothing. You can get a new code and try again.</translation>
    </message>
    <message>
        <source>Your computer stopped showing your screen. Your helper sees nothing now. You can get a new code if you need more help.</source>
        <translation>Your computer stopped showing your screen. Your helper sees nothing now. You can get a new code if you need more help.</translation>
    </message>
    <message>
        <source>Your computer did not let this app show your screen. Your helper sees nothing. Please tell the people who gave you this app.</source>
        <translation>Your computer did not let this app show your screen. Your helper sees nothing. Please tell the people who gave you this app.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>Text and colours</source>
        <translation>Text and colours</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Very large</source>
        <translation>Very large</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation>Black text on white</translation>
    </message>
    <message>
        <source>White text on black</source>
        <translation>White text on black</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What this app does</source>
        <translation>What this app does</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. They can show you how to do things. You decide what they see.</source>
        <translation>A person you trust can see your screen and help you. They can show you how to do things. You decide what they see.</translation>
    </message>
    <message>
        <source>1. Call your helper</source>
        <translation>1. Call your helper</translation>
    </message>
    <message>
        <source>First call your helper on the phone. Your helper can be a relative or a worker from a help service.</source>
        <translation>First call your helper on the phone. Your helper can be a relative or a worker from a help service.</translation>
    </message>
    <message>
        <source>2. Read the code</source>
        <translation>2. Read the code</translation>
    </message>
    <message>
        <source>Press Get help. The app shows a code with many numbers. Read the numbers to your helper on the phone.</source>
        <translation>Press Get help. The app shows a code with many numbers. Read the numbers to your helper on the phone.</translation>
    </message>
    <message>
        <source>3. You decide</source>
        <translation>3. You decide</translation>
    </message>
    <message>
        <source>Your helper types the code. Then the app asks you a question. Can your helper see your screen? Press Allow only if you know the person.</source>
        <translation>Your helper types the code. Then the app asks you a question. Can your helper see your screen? Press Allow only if you know the person.</translation>
    </message>
    <message>
        <source>4. Your helper shows you</source>
        <translation>4. Your helper shows you</translation>
    </message>
    <message>
        <source>Your helper sees your screen. Your helper can point and draw on your screen. Your helper may ask to use your mouse and keyboard. You can say yes or no.</source>
        <translation>Your helper sees your screen. Your helper can point and draw on your screen. Your helper may ask to use your mouse and keyboard. You can say yes or no.</translation>
    </message>
    <message>
        <source>5. Stop at any time</source>
        <translation>5. Stop at any time</translation>
    </message>
    <message>
        <source>Press Stop when you want. Then your helper sees nothing. While your helper sees your screen, a Stop button stays at the top.</source>
        <translation>Press Stop when you want. Then your helper sees nothing. While your helper sees your screen, a Stop button stays at the top.</translation>
    </message>
    <message>
        <source>Try it first</source>
        <translation>Try it first</translation>
    </message>
    <message>
        <source>You can practise without a real helper. Press Practise first on the first screen. Nothing you do there is real.</source>
        <translation>You can practise without a real helper. Press Practise first on the first screen. Nothing you do there is real.</translation>
    </message>
    <message>
        <source>Help face to face</source>
        <translation>Help face to face</translation>
    </message>
    <message>
        <source>This app does not replace help face to face. You can always visit a service point and ask for help there.</source>
        <translation>This app does not replace help face to face. You can always visit a service point and ask for help there.</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>How does this work?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past help</source>
        <translation>Past help</translation>
    </message>
    <message>
        <source>This list is only on this computer. You can delete it.</source>
        <translation>This list is only on this computer. You can delete it.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>There is nothing here.</translation>
    </message>
    <message>
        <source>Keep the chat in this list</source>
        <translation>Keep the chat in this list</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Delete all</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>HomeCall</name>
    <message>
        <source>The computer did not allow the microphone. You can still write in the chat.</source>
        <translation>The computer did not allow the microphone. You can still write in the chat.</translation>
    </message>
    <message>
        <source>No camera was found. Your helper can still hear you.</source>
        <translation>No camera was found. Your helper can still hear you.</translation>
    </message>
    <message>
        <source>No microphone was found. You can still write in the chat.</source>
        <translation>No microphone was found. You can still write in the chat.</translation>
    </message>
    <message>
        <source>Sound does not work on this computer now. You can still write in the chat.</source>
        <translation>Sound does not work on this computer now. You can still write in the chat.</translation>
    </message>
    <message>
        <source>Your helper</source>
        <translation>Your helper</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Call with {name}</translation>
    </message>
    <message>
        <source>{name} wants to talk with you through the computer. You can then put the phone down.</source>
        <translation>{name} wants to talk with you through the computer. You can then put the phone down.</translation>
    </message>
    <message>
        <source>Your microphone stays off until you choose Talk.</source>
        <translation>Your microphone stays off until you choose Talk.</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>You see {name} on their camera.</source>
        <translation>You see {name} on their camera.</translation>
    </message>
    <message>
        <source>{name} has no camera on.</source>
        <translation>{name} has no camera on.</translation>
    </message>
    <message>
        <source>● Your microphone is on. {name} hears you.</source>
        <translation>● Your microphone is on. {name} hears you.</translation>
    </message>
    <message>
        <source>The call waits while the help is paused.</source>
        <translation>The call waits while the help is paused.</translation>
    </message>
    <message>
        <source>Your microphone is off.</source>
        <translation>Your microphone is off.</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Switch on my microphone</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Switch off my microphone</translation>
    </message>
    <message>
        <source>● {name} sees you on your camera.</source>
        <translation>● {name} sees you on your camera.</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Hide my camera</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Show my camera</translation>
    </message>
    <message>
        <source>Say something — the bar moves.</source>
        <translation>Say something — the bar moves.</translation>
    </message>
    <message>
        <source>How loud your microphone is</source>
        <translation>How loud your microphone is</translation>
    </message>
    <message>
        <source>Test my microphone</source>
        <translation>Test my microphone</translation>
    </message>
    <message>
        <source>Make smaller</source>
        <translation>Make smaller</translation>
    </message>
    <message>
        <source>Make bigger</source>
        <translation>Make bigger</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>End the call</translation>
    </message>
    <message>
        <source>The call ended because the connection was lost. {name} can call you again.</source>
        <translation>The call ended because the connection was lost. {name} can call you again.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The computer&apos;s usual microphone</source>
        <translation>The computer&apos;s usual microphone</translation>
    </message>
    <message>
        <source>The computer&apos;s usual speaker</source>
        <translation>The computer&apos;s usual speaker</translation>
    </message>
    <message>
        <source>The computer&apos;s usual camera</source>
        <translation>The computer&apos;s usual camera</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Speaker:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
</context>
<context>
    <name>HomeEnded</name>
    <message>
        <source>You stopped the help. Nobody sees your screen now.</source>
        <translation>You stopped the help. Nobody sees your screen now.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen.</source>
        <translation>You said no. Nobody sees your screen.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen. End the call now. This may be a trick. Do not give anyone a code or your bank codes. If you are worried, call a person you know.</source>
        <translation>You said no. Nobody sees your screen. End the call now. This may be a trick. Do not give anyone a code or your bank codes. If you are worried, call a person you know.</translation>
    </message>
    <message>
        <source>The organisation no longer confirms who your helper is. So we stopped the help. Nobody sees your screen now.</source>
        <translation>The organisation no longer confirms who your helper is. So we stopped the help. Nobody sees your screen now.</translation>
    </message>
    <message>
        <source>Your helper ended the help. Nobody sees your screen now.</source>
        <translation>Your helper ended the help. Nobody sees your screen now.</translation>
    </message>
    <message>
        <source>The code did not work. Get a new code and read it to your helper again.</source>
        <translation>The code did not work. Get a new code and read it to your helper again.</translation>
    </message>
    <message>
        <source>The code is too old. You can get a new code.</source>
        <translation>The code is too old. You can get a new code.</translation>
    </message>
    <message>
        <source>This took too long. You can get a new code.</source>
        <translation>This took too long. You can get a new code.</translation>
    </message>
    <message>
        <source>Something was wrong, so we stopped to keep you safe. You can get a new code.</source>
        <translation>Something was wrong, so we stopped to keep you safe. You can get a new code.</translation>
    </message>
    <message>
        <source>We could not connect. Check that the internet works and try again.</source>
        <translation>We could not connect. Check that the internet works and try again.</translation>
    </message>
    <message>
        <source>This app is not set up to connect safely, so it did not connect. Ask the person who set up your computer to fix it.</source>
        <translation>This app is not set up to connect safely, so it did not connect. Ask the person who set up your computer to fix it.</translation>
    </message>
    <message>
        <source>The help went on for a very long time, so it ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>The help went on for a very long time, so it ended. Nobody sees your screen now. You can get a new code if you still need help.</translation>
    </message>
    <message>
        <source>The help service is busy now. Please try again soon.</source>
        <translation>The help service is busy now. Please try again soon.</translation>
    </message>
    <message>
        <source>This app is too old to get help. Ask your helper how to get the new version.</source>
        <translation>This app is too old to get help. Ask your helper how to get the new version.</translation>
    </message>
    <message>
        <source>The connection broke. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>The connection broke. Nobody sees your screen now. You can get a new code if you still need help.</translation>
    </message>
    <message>
        <source>The help has ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>The help has ended. Nobody sees your screen now. You can get a new code if you still need help.</translation>
    </message>
</context>
<context>
    <name>HomeReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Connection lost. Trying again…</translation>
    </message>
    <message>
        <source>Your helper cannot use your mouse and keyboard now.</source>
        <translation>Your helper cannot use your mouse and keyboard now.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Seconds left: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. Your helper sees your screen. They must ask again to use your mouse.</source>
        <translation>Connected again. Your helper sees your screen. They must ask again to use your mouse.</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>Get help</source>
        <translation>Get help</translation>
    </message>
    <message>
        <source>Get help with your computer</source>
        <translation>Get help with your computer</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. You decide what they see.</source>
        <translation>A person you trust can see your screen and help you. You decide what they see.</translation>
    </message>
    <message>
        <source>This app comes from {organisation}.</source>
        <translation>This app comes from {organisation}.</translation>
    </message>
    <message>
        <source>This app keeps nothing on this computer after you close it.</source>
        <translation>This app keeps nothing on this computer after you close it.</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Read this code to your helper.</translation>
    </message>
    <message>
        <source>Your code is {code}.</source>
        <translation>Your code is {code}.</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust.</source>
        <translation>Give the code only to a person you know and trust.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your helper typed the code. Please wait a moment.</source>
        <translation>Your helper typed the code. Please wait a moment.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} wants to see your screen.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Only allow this if you know this person. Never allow it while your online bank is open.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>Can {name} see your screen?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Do not allow</translation>
    </message>
    <message>
        <source>Past help</source>
        <translation>Past help</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Is this safe?</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>How does this work?</translation>
    </message>
    <message>
        <source>Practise first</source>
        <translation>Practise first</translation>
    </message>
    <message>
        <source>Helper mark: {mark}. The same helper always has the same mark.</source>
        <translation>Helper mark: {mark}. The same helper always has the same mark.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>The help has ended</source>
        <translation>The help has ended</translation>
    </message>
    <message>
        <source>Get help again</source>
        <translation>Get help again</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
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
        <translation>Practice. This is not real help. Nobody sees your screen.</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>End practice</translation>
    </message>
    <message>
        <source>Practise getting help</source>
        <translation>Practise getting help</translation>
    </message>
    <message>
        <source>Here you can try how getting help works. A pretend helper called {name} helps you. Nothing here is real. You cannot make a mistake.</source>
        <translation>Here you can try how getting help works. A pretend helper called {name} helps you. Nothing here is real. You cannot make a mistake.</translation>
    </message>
    <message>
        <source>Start practice</source>
        <translation>Start practice</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Read this code to your helper.</translation>
    </message>
    <message>
        <source>The practice code is {code}.</source>
        <translation>The practice code is {code}.</translation>
    </message>
    <message>
        <source>In real help, you read the code to your helper on the phone. Now you only pretend. Press the button when you are ready.</source>
        <translation>In real help, you read the code to your helper on the phone. Now you only pretend. Press the button when you are ready.</translation>
    </message>
    <message>
        <source>I read the code</source>
        <translation>I read the code</translation>
    </message>
    <message>
        <source>{name} typed the code. Please wait a moment.</source>
        <translation>{name} typed the code. Please wait a moment.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} wants to see your screen.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Only allow this if you know this person. Never allow it while your online bank is open.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>Can {name} see your screen?</translation>
    </message>
    <message>
        <source>This is practice. You can press either button.</source>
        <translation>This is practice. You can press either button.</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Do not allow</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>You said no.</source>
        <translation>You said no.</translation>
    </message>
    <message>
        <source>That is right if you do not know the person. In real help, nobody sees your screen now.</source>
        <translation>That is right if you do not know the person. In real help, nobody sees your screen now.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} sees your screen.</translation>
    </message>
    <message>
        <source>Look at your screen. {name} shows you things with a pointer.</source>
        <translation>Look at your screen. {name} shows you things with a pointer.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Stop sharing your screen</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Well done!</translation>
    </message>
    <message>
        <source>You stopped the help. Nobody sees your screen now. You can stop real help in the same way.</source>
        <translation>You stopped the help. Nobody sees your screen now. You can stop real help in the same way.</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Practise again</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <source>{name} says: Now press Stop. You can always stop like this.</source>
        <translation>{name} says: Now press Stop. You can always stop like this.</translation>
    </message>
    <message>
        <source>{name} says: Hello! Can you see my pointer? It shows where I look.</source>
        <translation>{name} says: Hello! Can you see my pointer? It shows where I look.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>You logged in. Can {name} use your mouse and keyboard again?</source>
        <translation>You logged in. Can {name} use your mouse and keyboard again?</translation>
    </message>
    <message>
        <source>{name} cannot see this page or use your mouse and keyboard.</source>
        <translation>{name} cannot see this page or use your mouse and keyboard.</translation>
    </message>
    <message>
        <source>{name} cannot use your mouse or keyboard while this page is open. {name} can still see and point.</source>
        <translation>{name} cannot use your mouse or keyboard while this page is open. {name} can still see and point.</translation>
    </message>
    <message>
        <source>You are typing a password. {name} cannot see it.</source>
        <translation>You are typing a password. {name} cannot see it.</translation>
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
        <translation>You decide</translation>
    </message>
    <message>
        <source>Nobody sees your screen before you click Allow. You can stop at any time with the Stop button. After that, your helper sees nothing.</source>
        <translation>Nobody sees your screen before you click Allow. You can stop at any time with the Stop button. After that, your helper sees nothing.</translation>
    </message>
    <message>
        <source>The code works only once</source>
        <translation>The code works only once</translation>
    </message>
    <message>
        <source>The code works only for a short time. If someone types a wrong code, the code stops working. Then you can get a new code.</source>
        <translation>The code works only for a short time. If someone types a wrong code, the code stops working. Then you can get a new code.</translation>
    </message>
    <message>
        <source>Only your helper can see</source>
        <translation>Only your helper can see</translation>
    </message>
    <message>
        <source>Only the person who has your code can ask to see your screen. The picture of your screen is locked on the way. Only your helper&apos;s app can open it. Not even the people who run this service can see it.</source>
        <translation>Only the person who has your code can ask to see your screen. The picture of your screen is locked on the way. Only your helper&apos;s app can open it. Not even the people who run this service can see it.</translation>
    </message>
    <message>
        <source>Watch out for tricks</source>
        <translation>Watch out for tricks</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust. A bank, the police or a company never calls you to ask for this code. If a stranger asks you to use this app, end the call. Never allow help while your online bank is open. Never tell anyone your bank codes or passwords.</source>
        <translation>Give the code only to a person you know and trust. A bank, the police or a company never calls you to ask for this code. If a stranger asks you to use this app, end the call. Never allow help while your online bank is open. Never tell anyone your bank codes or passwords.</translation>
    </message>
    <message>
        <source>Your bank is protected</source>
        <translation>Your bank is protected</translation>
    </message>
    <message>
        <source>Some pages are protected, such as your online bank. There your helper cannot use your mouse or keyboard. Your helper can still see the page and point. The app knows the pages of Finnish banks, Suomi.fi, Kela, OmaKanta and OmaVero. You can protect any other window with the button Protect this window. When you type a password, your helper cannot type there or see it.</source>
        <translation>Some pages are protected, such as your online bank. There your helper cannot use your mouse or keyboard. Your helper can still see the page and point. The app knows the pages of Finnish banks, Suomi.fi, Kela, OmaKanta and OmaVero. You can protect any other window with the button Protect this window. When you type a password, your helper cannot type there or see it.</translation>
    </message>
    <message>
        <source>A private moment</source>
        <translation>A private moment</translation>
    </message>
    <message>
        <source>Press Private moment when you want to do something alone. Your helper sees only a grey picture and cannot use your mouse or keyboard. Press Show again when you are ready.</source>
        <translation>Press Private moment when you want to do something alone. Your helper sees only a grey picture and cannot use your mouse or keyboard. Press Show again when you are ready.</translation>
    </message>
    <message>
        <source>Your helper&apos;s mark</source>
        <translation>Your helper&apos;s mark</translation>
    </message>
    <message>
        <source>The app shows your helper&apos;s name and a mark of letters and numbers. The same helper always has the same mark. If the mark is new, ask your helper why.</source>
        <translation>The app shows your helper&apos;s name and a mark of letters and numbers. The same helper always has the same mark. If the mark is new, ask your helper why.</translation>
    </message>
    <message>
        <source>Who is your helper?</source>
        <translation>Who is your helper?</translation>
    </message>
    <message>
        <source>Some helpers work for an organisation, such as your city or library. The organisation can confirm who they are. Then the app shows the name of the organisation in large letters. If the app says that we do not know who the person is, be careful. The app also tells you if this person has helped you before.</source>
        <translation>Some helpers work for an organisation, such as your city or library. The organisation can confirm who they are. Then the app shows the name of the organisation in large letters. If the app says that we do not know who the person is, be careful. The app also tells you if this person has helped you before.</translation>
    </message>
    <message>
        <source>If something is wrong</source>
        <translation>If something is wrong</translation>
    </message>
    <message>
        <source>If the app notices something strange, it stops at once. Then nobody sees your screen. You can get a new code and try again.</source>
        <translation>If the app notices something strange, it stops at once. Then nobody sees your screen. You can get a new code and try again.</translation>
    </message>
    <message>
        <source>What the app cannot do</source>
        <translation>What the app cannot do</translation>
    </message>
    <message>
        <source>The app cannot protect you from a computer virus. If you think your computer has a virus, ask for help face to face.</source>
        <translation>The app cannot protect you from a computer virus. If you think your computer has a virus, ask for help face to face.</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Is this safe?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ScreenChoice</name>
    <message>
        <source>The screen on the left</source>
        <translation>The screen on the left</translation>
    </message>
    <message>
        <source>The screen on the right</source>
        <translation>The screen on the right</translation>
    </message>
    <message>
        <source>The screen in the middle</source>
        <translation>The screen in the middle</translation>
    </message>
    <message>
        <source>The screen at the top</source>
        <translation>The screen at the top</translation>
    </message>
    <message>
        <source>The screen at the bottom</source>
        <translation>The screen at the bottom</translation>
    </message>
    <message>
        <source>Your screen</source>
        <translation>Your screen</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Screen %1</translation>
    </message>
    <message>
        <source>Which screen may %1 see now?</source>
        <translation>Which screen may %1 see now?</translation>
    </message>
    <message>
        <source>Keep this screen</source>
        <translation>Keep this screen</translation>
    </message>
    <message>
        <source>Which screen may %1 see?</source>
        <translation>Which screen may %1 see?</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>Do not share</translation>
    </message>
    <message>
        <source>Press the picture of the screen to share.</source>
        <translation>Press the picture of the screen to share.</translation>
    </message>
    <message>
        <source>Share this screen.</source>
        <translation>Share this screen.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Protect this window</source>
        <translation>Protect this window</translation>
    </message>
    <message>
        <source>Your helper cannot use the window you are using now</source>
        <translation>Your helper cannot use the window you are using now</translation>
    </message>
    <message>
        <source>Allow again</source>
        <translation>Allow again</translation>
    </message>
    <message>
        <source>Show another screen</source>
        <translation>Show another screen</translation>
    </message>
    <message>
        <source>Your screen is shared</source>
        <translation>Your screen is shared</translation>
    </message>
</context>
<context>
    <name>SharedScreen</name>
    <message>
        <source>They have one screen.</source>
        <translation>They have one screen.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the left.</source>
        <translation>You see screen %1 of %2, the one on the left.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the right.</source>
        <translation>You see screen %1 of %2, the one on the right.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one in the middle.</source>
        <translation>You see screen %1 of %2, the one in the middle.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the top.</source>
        <translation>You see screen %1 of %2, the one at the top.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the bottom.</source>
        <translation>You see screen %1 of %2, the one at the bottom.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2.</source>
        <translation>You see screen %1 of %2.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>{name} uses your mouse and keyboard.</source>
        <translation>{name} uses your mouse and keyboard.</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} sees your screen.</translation>
    </message>
    <message>
        <source>Take back control</source>
        <translation>Take back control</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Stop sharing your screen</translation>
    </message>
    <message>
        <source>Move your own mouse if you want {name} to stop for a moment.</source>
        <translation>Move your own mouse if you want {name} to stop for a moment.</translation>
    </message>
    <message>
        <source>Private moment. {name} cannot see your screen.</source>
        <translation>Private moment. {name} cannot see your screen.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Show again</translation>
    </message>
    <message>
        <source>Show your screen again</source>
        <translation>Show your screen again</translation>
    </message>
    <message>
        <source>Private moment</source>
        <translation>Private moment</translation>
    </message>
    <message>
        <source>Hide your screen for a private moment</source>
        <translation>Hide your screen for a private moment</translation>
    </message>
    <message>
        <source>Sharing is paused. {name} cannot see your screen.</source>
        <translation>Sharing is paused. {name} cannot see your screen.</translation>
    </message>
    <message>
        <source>Press Show again when you are ready.</source>
        <translation>Press Show again when you are ready.</translation>
    </message>
    <message>
        <source>{name} can point and draw on your screen to show you things.</source>
        <translation>{name} can point and draw on your screen to show you things.</translation>
    </message>
    <message>
        <source>{name} asks to use your mouse and keyboard.</source>
        <translation>{name} asks to use your mouse and keyboard.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Only allow this if you know this person. Never allow it while your online bank is open.</translation>
    </message>
    <message>
        <source>Can {name} use your mouse and keyboard?</source>
        <translation>Can {name} use your mouse and keyboard?</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Do not allow</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>Do you want to keep sharing your screen?</source>
        <translation>Do you want to keep sharing your screen?</translation>
    </message>
    <message>
        <source>Soon we will ask if you want to keep sharing your screen.</source>
        <translation>Soon we will ask if you want to keep sharing your screen.</translation>
    </message>
    <message>
        <source>Ask me again after this many &amp;minutes:</source>
        <translation>Ask me again after this many &amp;minutes:</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>{name} helped you.</source>
        <translation>{name} helped you.</translation>
    </message>
    <message numerus="yes">
        <source>{name} saw your screen for %n minutes.</source>
        <translation>
            <numerusform>{name} saw your screen for %n minute.</numerusform>
            <numerusform>{name} saw your screen for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} used your mouse and keyboard for %n minutes.</source>
        <translation>
            <numerusform>{name} used your mouse and keyboard for %n minute.</numerusform>
            <numerusform>{name} used your mouse and keyboard for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} did not use your mouse or keyboard.</source>
        <translation>{name} did not use your mouse or keyboard.</translation>
    </message>
    <message numerus="yes">
        <source>You had %n private moments.</source>
        <translation>
            <numerusform>You had %n private moment.</numerusform>
            <numerusform>You had %n private moments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected page, like your bank, was open %n times. {name} could not use it.</source>
        <translation>
            <numerusform>A protected page, like your bank, was open %n time. {name} could not use it.</numerusform>
            <numerusform>A protected page, like your bank, was open %n times. {name} could not use it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterCall</name>
    <message>
        <source>Your computer did not allow the microphone.</source>
        <translation>Your computer did not allow the microphone.</translation>
    </message>
    <message>
        <source>No microphone was found on your computer.</source>
        <translation>No microphone was found on your computer.</translation>
    </message>
    <message>
        <source>No camera was found on your computer.</source>
        <translation>No camera was found on your computer.</translation>
    </message>
    <message>
        <source>Sound does not work on your computer now.</source>
        <translation>Sound does not work on your computer now.</translation>
    </message>
    <message>
        <source>The person&apos;s camera</source>
        <translation>The person&apos;s camera</translation>
    </message>
    <message>
        <source>You can offer a call while you see the screen.</source>
        <translation>You can offer a call while you see the screen.</translation>
    </message>
    <message>
        <source>Waiting for the person to answer your call…</source>
        <translation>Waiting for the person to answer your call…</translation>
    </message>
    <message>
        <source>The person paused the help. The call waits.</source>
        <translation>The person paused the help. The call waits.</translation>
    </message>
    <message>
        <source>In a call. The person turned their microphone off.</source>
        <translation>In a call. The person turned their microphone off.</translation>
    </message>
    <message>
        <source>In a call. Your microphone is off.</source>
        <translation>In a call. Your microphone is off.</translation>
    </message>
    <message>
        <source>In a call. The person hears you.</source>
        <translation>In a call. The person hears you.</translation>
    </message>
    <message>
        <source>No call.</source>
        <translation>No call.</translation>
    </message>
    <message>
        <source>Offer a call</source>
        <translation>Offer a call</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Switch on my microphone</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Switch off my microphone</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>End the call</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Hide my camera</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Show my camera</translation>
    </message>
</context>
<context>
    <name>SupporterEnded</name>
    <message>
        <source>You ended the session.</source>
        <translation>You ended the session.</translation>
    </message>
    <message>
        <source>The person did not allow screen sharing.</source>
        <translation>The person did not allow screen sharing.</translation>
    </message>
    <message>
        <source>The person ended the session.</source>
        <translation>The person ended the session.</translation>
    </message>
    <message>
        <source>No one is waiting with this code. Ask the person to read the code again.</source>
        <translation>No one is waiting with this code. Ask the person to read the code again.</translation>
    </message>
    <message>
        <source>This code is already in use. Ask for a new code.</source>
        <translation>This code is already in use. Ask for a new code.</translation>
    </message>
    <message>
        <source>The code did not match, so it no longer works. Ask the person for a new code.</source>
        <translation>The code did not match, so it no longer works. Ask the person for a new code.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new code.</source>
        <translation>The code has expired. Ask for a new code.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation>Too many tries. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>This service lets in only supporters with a certificate from an organisation it trusts. Ask your organisation for a certificate and load it.</source>
        <translation>This service lets in only supporters with a certificate from an organisation it trusts. Ask your organisation for a certificate and load it.</translation>
    </message>
    <message>
        <source>The session ended. Your organisation&apos;s confirmation is no longer valid. Ask your organisation.</source>
        <translation>The session ended. Your organisation&apos;s confirmation is no longer valid. Ask your organisation.</translation>
    </message>
    <message>
        <source>The connection failed a security check and was closed. Ask for a new code.</source>
        <translation>The connection failed a security check and was closed. Ask for a new code.</translation>
    </message>
    <message>
        <source>Cannot reach the pairing server. Check the network and try again.</source>
        <translation>Cannot reach the pairing server. Check the network and try again.</translation>
    </message>
    <message>
        <source>The pairing server address starts with ws://, which is not protected. Use a wss:// address (ws:// only for a server on this computer).</source>
        <translation>The pairing server address starts with ws://, which is not protected. Use a wss:// address (ws:// only for a server on this computer).</translation>
    </message>
    <message>
        <source>The pairing server ended the session: it was open too long or unused for too long. Ask the person for a new code to help again.</source>
        <translation>The pairing server ended the session: it was open too long or unused for too long. Ask the person for a new code to help again.</translation>
    </message>
    <message>
        <source>The connection took too long. Try again.</source>
        <translation>The connection took too long. Try again.</translation>
    </message>
    <message>
        <source>The pairing server is busy or restarting. Try again in a minute.</source>
        <translation>The pairing server is busy or restarting. Try again in a minute.</translation>
    </message>
    <message>
        <source>The pairing server does not support this version of the app. Update the app and try again.</source>
        <translation>The pairing server does not support this version of the app. Update the app and try again.</translation>
    </message>
    <message>
        <source>The pairing server refused a message before the apps were paired. Ask for a new code and try again.</source>
        <translation>The pairing server refused a message before the apps were paired. Ask for a new code and try again.</translation>
    </message>
    <message>
        <source>The connection was lost. Ask the person for a new code to continue.</source>
        <translation>The connection was lost. Ask the person for a new code to continue.</translation>
    </message>
    <message>
        <source>The session ended. To help again, ask the person for a new code.</source>
        <translation>The session ended. To help again, ask the person for a new code.</translation>
    </message>
</context>
<context>
    <name>SupporterHelp</name>
    <message>
        <source>1. Get the code</source>
        <translation>1. Get the code</translation>
    </message>
    <message>
        <source>Call the person first. They press Get help and read you a code of 13 digits. Type it here with your name and press Connect. The app notices most typing mistakes before it connects.</source>
        <translation>Call the person first. They press Get help and read you a code of 13 digits. Type it here with your name and press Connect. The app notices most typing mistakes before it connects.</translation>
    </message>
    <message>
        <source>2. Wait for permission</source>
        <translation>2. Wait for permission</translation>
    </message>
    <message>
        <source>The person sees your name and your identity mark, and decides. Nothing is shown before they press Allow. A wrong code ends the code for good; ask for a new one.</source>
        <translation>The person sees your name and your identity mark, and decides. Nothing is shown before they press Allow. A wrong code ends the code for good; ask for a new one.</translation>
    </message>
    <message>
        <source>3. Teach first</source>
        <translation>3. Teach first</translation>
    </message>
    <message>
        <source>Move the mouse over the picture to show your pointer on their screen. Drag to draw, click to say &quot;look here&quot;. Let the person do things themselves when they can.</source>
        <translation>Move the mouse over the picture to show your pointer on their screen. Drag to draw, click to say &quot;look here&quot;. Let the person do things themselves when they can.</translation>
    </message>
    <message>
        <source>4. Mouse and keyboard</source>
        <translation>4. Mouse and keyboard</translation>
    </message>
    <message>
        <source>Press Ask for control only when teaching is not enough. The person must allow it separately and can take control back at any time. When they move their own mouse, your input waits.</source>
        <translation>Press Ask for control only when teaching is not enough. The person must allow it separately and can take control back at any time. When they move their own mouse, your input waits.</translation>
    </message>
    <message>
        <source>5. Ending</source>
        <translation>5. Ending</translation>
    </message>
    <message>
        <source>The person can pause or stop at any moment. Press End session when you are done. Nothing stays open afterwards.</source>
        <translation>The person can pause or stop at any moment. Press End session when you are done. Nothing stays open afterwards.</translation>
    </message>
    <message>
        <source>Keep the person safe</source>
        <translation>Keep the person safe</translation>
    </message>
    <message>
        <source>Never ask for passwords, bank codes or card numbers. Ask the person to close their online bank before you look. Remind them that no bank or authority ever calls to ask for this code.</source>
        <translation>Never ask for passwords, bank codes or card numbers. Ask the person to close their online bank before you look. Remind them that no bank or authority ever calls to ask for this code.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SupporterIdentity</name>
    <message>
        <source>Your identity mark is {mark}. The person sees the same mark before they allow you.</source>
        <translation>Your identity mark is {mark}. The person sees the same mark before they allow you.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. No safe key store was found on this computer, so the mark lasts only until you close the app.</source>
        <translation>Your identity mark is {mark}. No safe key store was found on this computer, so the mark lasts only until you close the app.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The only key store here saves secrets as plain text, so it is not used and the mark lasts only until you close the app.</source>
        <translation>Your identity mark is {mark}. The only key store here saves secrets as plain text, so it is not used and the mark lasts only until you close the app.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The saved key could not be read and was left as it is, so this mark lasts only until you close the app.</source>
        <translation>Your identity mark is {mark}. The saved key could not be read and was left as it is, so this mark lasts only until you close the app.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The key store could not be opened, so the mark lasts only until you close the app.</source>
        <translation>Your identity mark is {mark}. The key store could not be opened, so the mark lasts only until you close the app.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. It lasts only until you close the app.</source>
        <translation>Your identity mark is {mark}. It lasts only until you close the app.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} has expired. Ask them for a new one.</source>
        <translation>Your certificate from {organisation} has expired. Ask them for a new one.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} is valid until {date}. The person sees that {organisation} has confirmed who you are.</source>
        <translation>Your certificate from {organisation} is valid until {date}. The person sees that {organisation} has confirmed who you are.</translation>
    </message>
</context>
<context>
    <name>SupporterReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Connection lost. Trying again…</translation>
    </message>
    <message>
        <source>Your keys and buttons were released; control has ended.</source>
        <translation>Your keys and buttons were released; control has ended.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Seconds left: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. You see the screen; ask again if you need control.</source>
        <translation>Connected again. You see the screen; ask again if you need control.</translation>
    </message>
</context>
<context>
    <name>SupporterRefused</name>
    <message>
        <source>The person has a protected page open, such as their online bank. Your mouse and keyboard do nothing there. You can still point and draw.</source>
        <translation>The person has a protected page open, such as their online bank. Your mouse and keyboard do nothing there. You can still point and draw.</translation>
    </message>
    <message>
        <source>The person is typing a password. Your keys are not used, and the field is hidden from your view.</source>
        <translation>The person is typing a password. Your keys are not used, and the field is hidden from your view.</translation>
    </message>
    <message>
        <source>The person is doing something private.</source>
        <translation>The person is doing something private.</translation>
    </message>
    <message>
        <source>You cannot use the buttons of the helper app on the other computer. To end the help, use End session in your own app.</source>
        <translation>You cannot use the buttons of the helper app on the other computer. To end the help, use End session in your own app.</translation>
    </message>
    <message>
        <source>This key combination is blocked on the other computer to keep it safe.</source>
        <translation>This key combination is blocked on the other computer to keep it safe.</translation>
    </message>
</context>
<context>
    <name>SupporterSteps</name>
    <message>
        <source>Connecting to the pairing server…</source>
        <translation>Connecting to the pairing server…</translation>
    </message>
    <message>
        <source>Checking the code with the person&apos;s computer…</source>
        <translation>Checking the code with the person&apos;s computer…</translation>
    </message>
    <message>
        <source>Waiting for the person to allow you to see their screen…</source>
        <translation>Waiting for the person to allow you to see their screen…</translation>
    </message>
    <message>
        <source>Starting the screen view…</source>
        <translation>Starting the screen view…</translation>
    </message>
</context>
<context>
    <name>SupporterWindow</name>
    <message>
        <source>Assist – supporter</source>
        <translation>Assist – supporter</translation>
    </message>
    <message>
        <source>Help a person</source>
        <translation>Help a person</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Shown to the person</source>
        <translation>Shown to the person</translation>
    </message>
    <message>
        <source>1234 5678 9012 3</source>
        <translation>1234 5678 9012 3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>Give control back</source>
        <translation>Give control back</translation>
    </message>
    <message>
        <source>Ask for control</source>
        <translation>Ask for control</translation>
    </message>
    <message>
        <source>You control the person&apos;s mouse and keyboard. If they move their own mouse, you wait a moment. Ctrl+Alt+Home takes the keyboard back to this window.</source>
        <translation>You control the person&apos;s mouse and keyboard. If they move their own mouse, you wait a moment. Ctrl+Alt+Home takes the keyboard back to this window.</translation>
    </message>
    <message>
        <source>The person is doing something private. You will see the screen again when they are ready.</source>
        <translation>The person is doing something private. You will see the screen again when they are ready.</translation>
    </message>
    <message>
        <source>Your name looks like a helper mark. Write your name without groups of letters and numbers like 7F3A-91C2.</source>
        <translation>Your name looks like a helper mark. Write your name without groups of letters and numbers like 7F3A-91C2.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>The person&apos;s screen</source>
        <translation>The person&apos;s screen</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Waiting for the person to allow control…</source>
        <translation>Waiting for the person to allow control…</translation>
    </message>
    <message>
        <source>You see the person&apos;s screen. Point with the mouse; drag to draw; click to say &quot;look here&quot;.</source>
        <translation>You see the person&apos;s screen. Point with the mouse; drag to draw; click to say &quot;look here&quot;.</translation>
    </message>
    <message>
        <source>The code looks right.</source>
        <translation>The code looks right.</translation>
    </message>
    <message>
        <source>The code has 13 digits.</source>
        <translation>The code has 13 digits.</translation>
    </message>
    <message>
        <source>The code has only digits.</source>
        <translation>The code has only digits.</translation>
    </message>
    <message>
        <source>This code has a typo. Check the digits with the person.</source>
        <translation>This code has a typo. Check the digits with the person.</translation>
    </message>
</context>
</TS>
