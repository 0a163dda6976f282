<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AppHeader</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} wrote: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeCountdown</name>
    <message numerus="yes">
        <source>The code works for %n more minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>Text and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White text on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What this app does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. They can show you how to do things. You decide what they see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Call your helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First call your helper on the phone. Your helper can be a relative or a worker from a help service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Read the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Get help. The app shows a code with many numbers. Read the numbers to your helper on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. You decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your helper types the code. Then the app asks you a question. Can your helper see your screen? Press Allow only if you know the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Your helper shows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your helper sees your screen. Your helper can point and draw on your screen. Your helper may ask to use your mouse and keyboard. You can say yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Stop at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Stop when you want. Then your helper sees nothing. While your helper sees your screen, a Stop button stays at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can practise without a real helper. Press Practise first on the first screen. Nothing you do there is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app does not replace help face to face. You can always visit a service point and ask for help there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is only on this computer. You can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeEnded</name>
    <message>
        <source>You stopped the help. Nobody sees your screen now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your helper ended the help. Nobody sees your screen now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code did not work. Get a new code and read it to your helper again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is too old. You can get a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This took too long. You can get a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something was wrong, so we stopped to keep you safe. You can get a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not connect. Check that the internet works and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help service is busy now. Please try again soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is too old to get help. Ask your helper how to get the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help has ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help with your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. You decide what they see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code is {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your helper typed the code. Please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper mark: {mark}. The same helper always has the same mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Maria</source>
        <comment>the pretend helper&apos;s name in practice mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice. This is not real help. Nobody sees your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise getting help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you can try how getting help works. A pretend helper called {name} helps you. Nothing here is real. You cannot make a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice code is {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In real help, you read the code to your helper on the phone. Now you only pretend. Press the button when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I read the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} typed the code. Please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is practice. You can press either button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is right if you do not know the person. In real help, nobody sees your screen now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at your screen. {name} shows you things with a pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the help. Nobody sees your screen now. You can stop real help in the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} says: Now press Stop. You can always stop like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} says: Hello! Can you see my pointer? It shows where I look.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody sees your screen before you click Allow. You can stop at any time with the Stop button. After that, your helper sees nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code works only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code works only for a short time. If someone types a wrong code, the code stops working. Then you can get a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your helper can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person who has your code can ask to see your screen. The picture of your screen is locked on the way. Only your helper&apos;s app can open it. Not even the people who run this service can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch out for tricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust. A bank, the police or a company never calls you to ask for this code. If a stranger asks you to use this app, end the call. Never allow help while your online bank is open. Never tell anyone your bank codes or passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your helper&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app shows your helper&apos;s name and a mark of letters and numbers. The same helper always has the same mark. If the mark is new, ask your helper why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the app notices something strange, it stops at once. Then nobody sees your screen. You can get a new code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app cannot do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app cannot protect you from a computer virus. If you think your computer has a virus, ask for help face to face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Your screen is shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>{name} uses your mouse and keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing is paused. {name} cannot see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your own mouse if you want {name} to stop for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Continue when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can point and draw on your screen to show you things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} asks to use your mouse and keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can {name} use your mouse and keyboard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to keep sharing your screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon we will ask if you want to keep sharing your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me again after this many &amp;minutes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>{name} helped you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} saw your screen for %n minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} used your mouse and keyboard for %n minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} did not use your mouse or keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupporterEnded</name>
    <message>
        <source>You ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person did not allow screen sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is waiting with this code. Ask the person to read the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is already in use. Ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code did not match, so it no longer works. Ask the person for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed a security check and was closed. Ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the pairing server. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection took too long. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing server is busy or restarting. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing server does not support this version of the app. Update the app and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing server refused a message before the apps were paired. Ask for a new code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost. Ask the person for a new code to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended. To help again, ask the person for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupporterHelp</name>
    <message>
        <source>1. Get the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the person first. They press Get help and read you a code of 13 digits. Type it here with your name and press Connect. The app notices most typing mistakes before it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Wait for permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person sees your name and your identity mark, and decides. Nothing is shown before they press Allow. A wrong code ends the code for good; ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Teach first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the mouse over the picture to show your pointer on their screen. Drag to draw, click to say &quot;look here&quot;. Let the person do things themselves when they can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Mouse and keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ask for control only when teaching is not enough. The person must allow it separately and can take control back at any time. When they move their own mouse, your input waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person can pause or stop at any moment. Press End session when you are done. Nothing stays open afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the person safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never ask for passwords, bank codes or card numbers. Ask the person to close their online bank before you look. Remind them that no bank or authority ever calls to ask for this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupporterIdentity</name>
    <message>
        <source>Your identity mark is {mark}. The person sees the same mark before they allow you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. No safe key store was found on this computer, so the mark lasts only until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The only key store here saves secrets as plain text, so it is not used and the mark lasts only until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The saved key could not be read and was left as it is, so this mark lasts only until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The key store could not be opened, so the mark lasts only until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. It lasts only until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupporterSteps</name>
    <message>
        <source>Connecting to the pairing server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code with the person&apos;s computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the person to allow you to see their screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the screen view…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupporterWindow</name>
    <message>
        <source>Assist – supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1234 5678 9012 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give control back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You control the person&apos;s mouse and keyboard. If they move their own mouse, you wait a moment. Ctrl+Alt+Home takes the keyboard back to this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person paused sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the person to allow control…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see the person&apos;s screen. Point with the mouse; drag to draw; click to say &quot;look here&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has 13 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has a typo. Check the digits with the person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
