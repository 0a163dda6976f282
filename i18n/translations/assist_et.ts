<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et" sourcelanguage="en">
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
        </translation>
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
        <source>The connection broke. Nobody sees your screen now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help has ended. Nobody sees your screen now.</source>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} used your mouse and keyboard for %n minutes.</source>
        <translation type="unfinished">
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
        <source>The connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended.</source>
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
        <source>You control the person&apos;s mouse and keyboard. If they move their own mouse, you wait a moment.</source>
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
