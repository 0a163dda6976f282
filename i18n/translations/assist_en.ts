<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>The help service is busy now. Please try again soon.</source>
        <translation>The help service is busy now. Please try again soon.</translation>
    </message>
    <message>
        <source>The connection broke. Nobody sees your screen now.</source>
        <translation>The connection broke. Nobody sees your screen now.</translation>
    </message>
    <message>
        <source>The help has ended. Nobody sees your screen now.</source>
        <translation>The help has ended. Nobody sees your screen now.</translation>
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
        <source>{name} sees your screen.</source>
        <translation>{name} sees your screen.</translation>
    </message>
    <message>
        <source>{name} cannot use your mouse or keyboard.</source>
        <translation>{name} cannot use your mouse or keyboard.</translation>
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
        <source>The help has ended</source>
        <translation>The help has ended</translation>
    </message>
    <message>
        <source>Get help again</source>
        <translation>Get help again</translation>
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
        <translation>{name} sees your screen.</translation>
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
        <source>Your screen is shared</source>
        <translation>Your screen is shared</translation>
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
        <source>The connection failed a security check and was closed. Ask for a new code.</source>
        <translation>The connection failed a security check and was closed. Ask for a new code.</translation>
    </message>
    <message>
        <source>Cannot reach the pairing server. Check the network and try again.</source>
        <translation>Cannot reach the pairing server. Check the network and try again.</translation>
    </message>
    <message>
        <source>The connection took too long. Try again.</source>
        <translation>The connection took too long. Try again.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>The connection was lost.</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>The session ended.</translation>
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
        <source>You see the person&apos;s screen. You cannot control it.</source>
        <translation>You see the person&apos;s screen. You cannot control it.</translation>
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
