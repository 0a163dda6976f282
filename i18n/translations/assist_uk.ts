<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
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
        <source>{name} sees your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot use your mouse or keyboard.</source>
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
    <name>ShareBar</name>
    <message>
        <source>{name} sees your screen.</source>
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
        <source>Your screen is shared</source>
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
        <source>You see the person&apos;s screen. You cannot control it.</source>
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
