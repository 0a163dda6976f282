<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddOrganisation</name>
    <message>
        <source>Add an organisation</source>
        <translation>Добавить организацию</translation>
    </message>
    <message>
        <source>Do you want to trust {organisation}?</source>
        <translation>Вы доверяете организации {organisation}?</translation>
    </message>
    <message>
        <source>Then the app can tell you when a helper works for {organisation}.</source>
        <translation>Тогда программа сможет сказать, когда помощник работает в {organisation}.</translation>
    </message>
    <message>
        <source>Say yes only if {organisation} gave you this file themselves.</source>
        <translation>Отвечайте «да», только если {organisation} сами дали вам этот файл.</translation>
    </message>
    <message>
        <source>Their mark is {mark}. Ask them to read their mark to you.</source>
        <translation>Их знак: {mark}. Попросите их прочитать вам свой знак.</translation>
    </message>
    <message>
        <source>Yes, trust them</source>
        <translation>Да, доверяю</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>This file is not from an organisation. Nothing was changed.</source>
        <translation>Этот файл не от организации. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Did an organisation give you a file? Then you can add the organisation here.</source>
        <translation>Организация дала вам файл? Тогда здесь можно добавить эту организацию.</translation>
    </message>
    <message>
        <source>Files from an organisation</source>
        <translation>Файлы от организации</translation>
    </message>
    <message>
        <source>Done. The app now trusts {organisation}.</source>
        <translation>Готово. Теперь программа доверяет организации {organisation}.</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Текст и цвета</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>&amp;Write a message</source>
        <translation>&amp;Напишите сообщение</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Напишите сообщение</translation>
    </message>
    <message>
        <source>{who} wrote: {message}</source>
        <translation>{who} пишет: {message}</translation>
    </message>
</context>
<context>
    <name>CodeCountdown</name>
    <message numerus="yes">
        <source>The code works for %n more minutes.</source>
        <translation>
            <numerusform>Код действует ещё %n минуту.</numerusform>
            <numerusform>Код действует ещё %n минуты.</numerusform>
            <numerusform>Код действует ещё %n минут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>Программа не может запуститься</translation>
    </message>
    <message>
        <source>The settings that came with this app have a mistake. Please tell the people who gave you this app.</source>
        <translation>В настройках, которые пришли с программой, есть ошибка. Сообщите об этом тем, кто дал вам программу.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>We do not know who this person is.</source>
        <translation>Мы не знаем, кто этот человек.</translation>
    </message>
    <message>
        <source>They can move your mouse and click on anything.</source>
        <translation>Он может двигать вашу мышь и нажимать на что угодно.</translation>
    </message>
    <message>
        <source>They can type on your keyboard.</source>
        <translation>Он может печатать на вашей клавиатуре.</translation>
    </message>
    <message>
        <source>They can open your files, your email and your programs.</source>
        <translation>Он может открыть ваши файлы, почту и программы.</translation>
    </message>
    <message>
        <source>Never allow this while your online bank is open.</source>
        <translation>Никогда не разрешайте это, когда открыт ваш интернет-банк.</translation>
    </message>
    <message>
        <source>{organisation} has confirmed who this person is.</source>
        <translation>{organisation} подтверждает, кто этот человек.</translation>
    </message>
    <message>
        <source>We do not know who this person is. Companies and authorities never call you to ask for this.</source>
        <translation>Мы не знаем, кто этот человек. Компании и власти никогда не звонят с такой просьбой.</translation>
    </message>
    <message>
        <source>Did you call them, or did they call you?</source>
        <translation>Кто кому позвонил: вы ему или он вам?</translation>
    </message>
    <message>
        <source>I called them</source>
        <translation>Звонок был от меня</translation>
    </message>
    <message>
        <source>They called me</source>
        <translation>Мне позвонили</translation>
    </message>
    <message>
        <source>Take a moment to think. Then you can answer.</source>
        <translation>Подумайте немного. Потом можно ответить.</translation>
    </message>
    <message>
        <source>Someone calls themselves {name}, but it is not the {name} who helped you before.</source>
        <translation>Кто-то называет себя {name}, но это не тот {name}, который помогал вам раньше.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has helped you %n times.</source>
        <translation>
            <numerusform>{name} помогал вам %n раз.</numerusform>
            <numerusform>{name} помогал вам %n раза.</numerusform>
            <numerusform>{name} помогал вам %n раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the first time this person helps you.</source>
        <translation>Этот человек помогает вам впервые.</translation>
    </message>
</context>
<context>
    <name>DesktopProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>Приложение не может запуститься</translation>
    </message>
    <message>
        <source>This app cannot show your screen on this computer. Please tell the people who gave you this app.</source>
        <translation>Приложение не может показать ваш экран на этом компьютере. Сообщите об этом тем, кто дал вам приложение.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DesktopQuestion</name>
    <message>
        <source>Your computer will ask you too</source>
        <translation>Компьютер тоже спросит вас</translation>
    </message>
    <message>
        <source>Your computer will now ask you too. Press Share. Then your helper can see your screen. Tick the box too if your helper may use your mouse later.</source>
        <translation>Сейчас компьютер тоже спросит вас. Нажмите «Поделиться». Тогда помощник увидит ваш экран. Поставьте и галочку, если помощник может потом пользоваться мышью.</translation>
    </message>
    <message>
        <source>Your screen is not shared</source>
        <translation>Ваш экран не показывается</translation>
    </message>
    <message>
        <source>You pressed Cancel on your computer&apos;s question. Your helper sees nothing. You can get a new code and try again.</source>
        <translation>Вы нажали «Отмена», когда компьютер спросил. Помощник ничего не видит. Можно получить новый код и попробовать снова.</translation>
    </message>
    <message>
        <source>Your computer stopped showing your screen. Your helper sees nothing now. You can get a new code if you need more help.</source>
        <translation>Компьютер перестал показывать ваш экран. Помощник теперь ничего не видит. Если нужна ещё помощь, получите новый код.</translation>
    </message>
    <message>
        <source>Your computer did not let this app show your screen. Your helper sees nothing. Please tell the people who gave you this app.</source>
        <translation>Компьютер не разрешил этому приложению показать ваш экран. Помощник ничего не видит. Сообщите тем, кто дал вам это приложение.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>Text and colours</source>
        <translation>Текст и цвета</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Крупный</translation>
    </message>
    <message>
        <source>Very large</source>
        <translation>Очень крупный</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation>Чёрный текст на белом</translation>
    </message>
    <message>
        <source>White text on black</source>
        <translation>Белый текст на чёрном</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What this app does</source>
        <translation>Что делает эта программа</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. They can show you how to do things. You decide what they see.</source>
        <translation>Человек, которому вы доверяете, может видеть ваш экран и помогать вам. Он может показать, как что-то сделать. Вы решаете, что он видит.</translation>
    </message>
    <message>
        <source>1. Call your helper</source>
        <translation>1. Позвоните помощнику</translation>
    </message>
    <message>
        <source>First call your helper on the phone. Your helper can be a relative or a worker from a help service.</source>
        <translation>Сначала позвоните своему помощнику по телефону. Помощником может быть родственник. Это может быть и работник службы помощи.</translation>
    </message>
    <message>
        <source>2. Read the code</source>
        <translation>2. Прочитайте код</translation>
    </message>
    <message>
        <source>Press Get help. The app shows a code with many numbers. Read the numbers to your helper on the phone.</source>
        <translation>Нажмите «Получить помощь». Программа покажет код из многих цифр. Прочитайте цифры помощнику по телефону.</translation>
    </message>
    <message>
        <source>3. You decide</source>
        <translation>3. Вы решаете</translation>
    </message>
    <message>
        <source>Your helper types the code. Then the app asks you a question. Can your helper see your screen? Press Allow only if you know the person.</source>
        <translation>Помощник вводит код. Потом программа задаёт вам вопрос. Может ли помощник видеть ваш экран? Нажмите «Разрешить», только если вы знаете этого человека.</translation>
    </message>
    <message>
        <source>4. Your helper shows you</source>
        <translation>4. Помощник показывает</translation>
    </message>
    <message>
        <source>Your helper sees your screen. Your helper can point and draw on your screen. Your helper may ask to use your mouse and keyboard. You can say yes or no.</source>
        <translation>Помощник видит ваш экран. Он может показывать и рисовать на вашем экране. Он может попросить управлять мышью и клавиатурой. Вы можете ответить да или нет.</translation>
    </message>
    <message>
        <source>5. Stop at any time</source>
        <translation>5. Остановить можно в любой момент</translation>
    </message>
    <message>
        <source>Press Stop when you want. Then your helper sees nothing. While your helper sees your screen, a Stop button stays at the top.</source>
        <translation>Нажмите «Остановить», когда захотите. Тогда помощник ничего не видит. Пока помощник видит ваш экран, кнопка «Остановить» всегда вверху.</translation>
    </message>
    <message>
        <source>Try it first</source>
        <translation>Сначала попробуйте</translation>
    </message>
    <message>
        <source>You can practise without a real helper. Press Practise first on the first screen. Nothing you do there is real.</source>
        <translation>Можно потренироваться без настоящего помощника. Нажмите «Сначала потренироваться» на первой странице. Там всё понарошку.</translation>
    </message>
    <message>
        <source>Help face to face</source>
        <translation>Помощь лично</translation>
    </message>
    <message>
        <source>This app does not replace help face to face. You can always visit a service point and ask for help there.</source>
        <translation>Программа не заменяет помощь лично. Вы всегда можете прийти в пункт обслуживания и попросить помощи там.</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Как это работает?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past help</source>
        <translation>Прошлая помощь</translation>
    </message>
    <message>
        <source>This list is only on this computer. You can delete it.</source>
        <translation>Этот список есть только на этом компьютере. Вы можете его удалить.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Здесь пока ничего нет.</translation>
    </message>
    <message>
        <source>Keep the chat in this list</source>
        <translation>Сохранять переписку в этом списке</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Удалить всё</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>HomeCall</name>
    <message>
        <source>The computer did not allow the microphone. You can still write in the chat.</source>
        <translation>Компьютер не разрешил использовать микрофон. Вы можете писать в чат.</translation>
    </message>
    <message>
        <source>No camera was found. Your helper can still hear you.</source>
        <translation>Камера не найдена. Помощник всё равно вас слышит.</translation>
    </message>
    <message>
        <source>No microphone was found. You can still write in the chat.</source>
        <translation>Микрофон не найден. Вы можете писать в чат.</translation>
    </message>
    <message>
        <source>Sound does not work on this computer now. You can still write in the chat.</source>
        <translation>Звук сейчас не работает на этом компьютере. Вы можете писать в чат.</translation>
    </message>
    <message>
        <source>Your helper</source>
        <translation>Ваш помощник</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Звонок: {name}</translation>
    </message>
    <message>
        <source>{name} wants to talk with you through the computer. You can then put the phone down.</source>
        <translation>{name} хочет поговорить с вами через компьютер. Тогда можно положить телефон.</translation>
    </message>
    <message>
        <source>Your microphone stays off until you choose Talk.</source>
        <translation>Микрофон выключен, пока вы не нажмёте «Говорить».</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Говорить</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>You see {name} on their camera.</source>
        <translation>Вы видите {name} через камеру.</translation>
    </message>
    <message>
        <source>{name} has no camera on.</source>
        <translation>Камера у {name} выключена.</translation>
    </message>
    <message>
        <source>● Your microphone is on. {name} hears you.</source>
        <translation>● Ваш микрофон включён. {name} вас слышит.</translation>
    </message>
    <message>
        <source>The call waits while the help is paused.</source>
        <translation>Звонок ждёт, пока помощь на паузе.</translation>
    </message>
    <message>
        <source>Your microphone is off.</source>
        <translation>Ваш микрофон выключен.</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Включить мой микрофон</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Выключить мой микрофон</translation>
    </message>
    <message>
        <source>● {name} sees you on your camera.</source>
        <translation>● {name} видит вас через вашу камеру.</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Скрыть мою камеру</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Показать мою камеру</translation>
    </message>
    <message>
        <source>Say something — the bar moves.</source>
        <translation>Скажите что-нибудь — полоска двигается.</translation>
    </message>
    <message>
        <source>How loud your microphone is</source>
        <translation>Громкость вашего микрофона</translation>
    </message>
    <message>
        <source>Test my microphone</source>
        <translation>Проверить мой микрофон</translation>
    </message>
    <message>
        <source>Make smaller</source>
        <translation>Сделать меньше</translation>
    </message>
    <message>
        <source>Make bigger</source>
        <translation>Сделать больше</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Закончить звонок</translation>
    </message>
    <message>
        <source>The call ended because the connection was lost. {name} can call you again.</source>
        <translation>Звонок завершился, потому что связь прервалась. {name} может позвонить вам снова.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The computer&apos;s usual microphone</source>
        <translation>Обычный микрофон компьютера</translation>
    </message>
    <message>
        <source>The computer&apos;s usual speaker</source>
        <translation>Обычный динамик компьютера</translation>
    </message>
    <message>
        <source>The computer&apos;s usual camera</source>
        <translation>Обычная камера компьютера</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Микрофон:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Динамик:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Камера:</translation>
    </message>
</context>
<context>
    <name>HomeEnded</name>
    <message>
        <source>You stopped the help. Nobody sees your screen now.</source>
        <translation>Вы остановили помощь. Теперь никто не видит ваш экран.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen.</source>
        <translation>Вы ответили нет. Никто не видит ваш экран.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen. End the call now. This may be a trick. Do not give anyone a code or your bank codes. If you are worried, call a person you know.</source>
        <translation>Вы отказались. Никто не видит ваш экран. Закончите разговор сейчас. Это может быть обман. Никому не давайте код или банковские коды. Если вы волнуетесь, позвоните знакомому человеку.</translation>
    </message>
    <message>
        <source>The organisation no longer confirms who your helper is. So we stopped the help. Nobody sees your screen now.</source>
        <translation>Организация больше не подтверждает, кто ваш помощник. Поэтому мы остановили помощь. Теперь никто не видит ваш экран.</translation>
    </message>
    <message>
        <source>Your helper ended the help. Nobody sees your screen now.</source>
        <translation>Помощник закончил помощь. Теперь никто не видит ваш экран.</translation>
    </message>
    <message>
        <source>The code did not work. Get a new code and read it to your helper again.</source>
        <translation>Код не сработал. Получите новый код и снова прочитайте его помощнику.</translation>
    </message>
    <message>
        <source>The code is too old. You can get a new code.</source>
        <translation>Код устарел. Можно получить новый код.</translation>
    </message>
    <message>
        <source>This took too long. You can get a new code.</source>
        <translation>Это заняло слишком много времени. Можно получить новый код.</translation>
    </message>
    <message>
        <source>Something was wrong, so we stopped to keep you safe. You can get a new code.</source>
        <translation>Что-то было не так. Мы остановили всё, чтобы защитить вас. Можно получить новый код.</translation>
    </message>
    <message>
        <source>We could not connect. Check that the internet works and try again.</source>
        <translation>Не удалось подключиться. Проверьте, работает ли интернет, и попробуйте снова.</translation>
    </message>
    <message>
        <source>This app is not set up to connect safely, so it did not connect. Ask the person who set up your computer to fix it.</source>
        <translation>Приложение не настроено на безопасное подключение, поэтому оно не подключилось. Попросите того, кто настраивал ваш компьютер, исправить это.</translation>
    </message>
    <message>
        <source>The help went on for a very long time, so it ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Помощь шла очень долго, поэтому она закончилась. Теперь никто не видит ваш экран. Если помощь ещё нужна, получите новый код.</translation>
    </message>
    <message>
        <source>The help service is busy now. Please try again soon.</source>
        <translation>Служба помощи сейчас занята. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>This app is too old to get help. Ask your helper how to get the new version.</source>
        <translation>Эта программа устарела. Спросите помощника, как получить новую версию.</translation>
    </message>
    <message>
        <source>The connection broke. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Связь прервалась. Теперь никто не видит ваш экран. Если помощь ещё нужна, получите новый код.</translation>
    </message>
    <message>
        <source>The help has ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Помощь закончилась. Теперь никто не видит ваш экран. Если помощь ещё нужна, получите новый код.</translation>
    </message>
</context>
<context>
    <name>HomeReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Связь прервалась. Пробуем снова…</translation>
    </message>
    <message>
        <source>Your helper cannot use your mouse and keyboard now.</source>
        <translation>Ваш помощник сейчас не может пользоваться вашей мышью и клавиатурой.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Осталось секунд: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. Your helper sees your screen. They must ask again to use your mouse.</source>
        <translation>Связь снова есть. Помощник видит ваш экран. Чтобы пользоваться мышью, он должен спросить снова.</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>Get help</source>
        <translation>Получить помощь</translation>
    </message>
    <message>
        <source>Get help with your computer</source>
        <translation>Помощь с компьютером</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. You decide what they see.</source>
        <translation>Человек, которому вы доверяете, может видеть ваш экран и помогать вам. Вы решаете, что он видит.</translation>
    </message>
    <message>
        <source>This app comes from {organisation}.</source>
        <translation>Эту программу дала вам организация {organisation}.</translation>
    </message>
    <message>
        <source>This app keeps nothing on this computer after you close it.</source>
        <translation>Когда вы закроете программу, на этом компьютере ничего не останется.</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Прочитайте этот код помощнику.</translation>
    </message>
    <message>
        <source>Your code is {code}.</source>
        <translation>Ваш код: {code}.</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust.</source>
        <translation>Давайте код только человеку, которого вы знаете и которому доверяете.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Your helper typed the code. Please wait a moment.</source>
        <translation>Помощник ввёл код. Подождите немного.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} хочет видеть ваш экран.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Разрешайте, только если знаете этого человека. Никогда не разрешайте, когда открыт интернет-банк.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>Может ли {name} видеть ваш экран?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Не разрешать</translation>
    </message>
    <message>
        <source>Past help</source>
        <translation>Прошлая помощь</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Это безопасно?</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Как это работает?</translation>
    </message>
    <message>
        <source>Practise first</source>
        <translation>Сначала потренироваться</translation>
    </message>
    <message>
        <source>Helper mark: {mark}. The same helper always has the same mark.</source>
        <translation>Знак помощника: {mark}. У одного и того же помощника всегда один и тот же знак.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>The help has ended</source>
        <translation>Помощь закончилась</translation>
    </message>
    <message>
        <source>Get help again</source>
        <translation>Снова получить помощь</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Maria</source>
        <comment>the pretend helper&apos;s name in practice mode</comment>
        <translation>Мария</translation>
    </message>
    <message>
        <source>Practice. This is not real help. Nobody sees your screen.</source>
        <translation>Тренировка. Это не настоящая помощь. Никто не видит ваш экран.</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>Закончить тренировку</translation>
    </message>
    <message>
        <source>Practise getting help</source>
        <translation>Тренировка: получаем помощь</translation>
    </message>
    <message>
        <source>Here you can try how getting help works. A pretend helper called {name} helps you. Nothing here is real. You cannot make a mistake.</source>
        <translation>Здесь можно попробовать, как получать помощь. Вам помогает ненастоящий помощник {name}. Здесь всё понарошку. Ошибиться нельзя.</translation>
    </message>
    <message>
        <source>Start practice</source>
        <translation>Начать тренировку</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Прочитайте этот код помощнику.</translation>
    </message>
    <message>
        <source>The practice code is {code}.</source>
        <translation>Код для тренировки: {code}.</translation>
    </message>
    <message>
        <source>In real help, you read the code to your helper on the phone. Now you only pretend. Press the button when you are ready.</source>
        <translation>По-настоящему вы читаете код помощнику по телефону. Сейчас вы только делаете вид. Нажмите кнопку, когда будете готовы.</translation>
    </message>
    <message>
        <source>I read the code</source>
        <translation>Я прочитал(а) код</translation>
    </message>
    <message>
        <source>{name} typed the code. Please wait a moment.</source>
        <translation>{name} вводит код. Подождите немного.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} хочет видеть ваш экран.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Разрешайте, только если знаете этого человека. Никогда не разрешайте, когда открыт интернет-банк.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>Может ли {name} видеть ваш экран?</translation>
    </message>
    <message>
        <source>This is practice. You can press either button.</source>
        <translation>Это тренировка. Можно нажать любую кнопку.</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Не разрешать</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <source>You said no.</source>
        <translation>Вы ответили нет.</translation>
    </message>
    <message>
        <source>That is right if you do not know the person. In real help, nobody sees your screen now.</source>
        <translation>Это правильно, если вы не знаете человека. При настоящей помощи никто сейчас не видит ваш экран.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} видит ваш экран.</translation>
    </message>
    <message>
        <source>Look at your screen. {name} shows you things with a pointer.</source>
        <translation>Посмотрите на экран. {name} показывает указателем.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Перестать показывать экран</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Отлично!</translation>
    </message>
    <message>
        <source>You stopped the help. Nobody sees your screen now. You can stop real help in the same way.</source>
        <translation>Вы остановили помощь. Теперь никто не видит ваш экран. Настоящую помощь можно остановить так же.</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Потренироваться ещё</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>{name} says: Now press Stop. You can always stop like this.</source>
        <translation>{name}: Теперь нажмите «Остановить». Так можно остановить всегда.</translation>
    </message>
    <message>
        <source>{name} says: Hello! Can you see my pointer? It shows where I look.</source>
        <translation>{name}: Здравствуйте! Видите мой указатель? Он показывает, куда я смотрю.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>You logged in. Can {name} use your mouse and keyboard again?</source>
        <translation>Вы вошли в систему. Может ли {name} снова пользоваться вашей мышью и клавиатурой?</translation>
    </message>
    <message>
        <source>{name} cannot see this page or use your mouse and keyboard.</source>
        <translation>{name} не видит эту страницу и не может пользоваться вашей мышью и клавиатурой.</translation>
    </message>
    <message>
        <source>{name} cannot use your mouse or keyboard while this page is open. {name} can still see and point.</source>
        <translation>{name} не может пользоваться вашей мышью и клавиатурой, пока эта страница открыта. {name} по-прежнему видит экран и может показывать.</translation>
    </message>
    <message>
        <source>You are typing a password. {name} cannot see it.</source>
        <translation>Вы вводите пароль. {name} его не видит.</translation>
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
        <translation>Вы решаете</translation>
    </message>
    <message>
        <source>Nobody sees your screen before you click Allow. You can stop at any time with the Stop button. After that, your helper sees nothing.</source>
        <translation>Никто не видит ваш экран, пока вы не нажмёте «Разрешить». Вы можете остановить всё кнопкой «Остановить» в любой момент. После этого помощник ничего не видит.</translation>
    </message>
    <message>
        <source>The code works only once</source>
        <translation>Код работает только один раз</translation>
    </message>
    <message>
        <source>The code works only for a short time. If someone types a wrong code, the code stops working. Then you can get a new code.</source>
        <translation>Код работает только короткое время. Если кто-то введёт неверный код, код перестанет работать. Тогда можно получить новый код.</translation>
    </message>
    <message>
        <source>Only your helper can see</source>
        <translation>Видит только ваш помощник</translation>
    </message>
    <message>
        <source>Only the person who has your code can ask to see your screen. The picture of your screen is locked on the way. Only your helper&apos;s app can open it. Not even the people who run this service can see it.</source>
        <translation>Попросить показать экран может только тот, у кого есть ваш код. Изображение вашего экрана в пути закрыто на замок. Открыть его может только программа помощника. Даже те, кто управляет этой службой, его не видят.</translation>
    </message>
    <message>
        <source>Watch out for tricks</source>
        <translation>Остерегайтесь обмана</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust. A bank, the police or a company never calls you to ask for this code. If a stranger asks you to use this app, end the call. Never allow help while your online bank is open. Never tell anyone your bank codes or passwords.</source>
        <translation>Давайте код только человеку, которого знаете и которому доверяете. Банк, полиция или фирма никогда не звонят, чтобы спросить этот код. Если незнакомец просит вас открыть эту программу, положите трубку. Никогда не разрешайте помощь, когда открыт интернет-банк. Никому не говорите свои банковские коды и пароли.</translation>
    </message>
    <message>
        <source>Your bank is protected</source>
        <translation>Ваш банк защищён</translation>
    </message>
    <message>
        <source>Some pages are protected, such as your online bank. There your helper cannot use your mouse or keyboard. Your helper can still see the page and point. The app knows the pages of Finnish banks, Suomi.fi, Kela, OmaKanta and OmaVero. You can protect any other window with the button Protect this window. When you type a password, your helper cannot type there or see it.</source>
        <translation>Некоторые страницы защищены, например ваш интернет-банк. Там помощник не может пользоваться вашей мышью и клавиатурой. Помощник всё равно видит страницу и может показывать. Программа знает страницы финских банков, Suomi.fi, Kela, OmaKanta и OmaVero. Любое другое окно можно защитить кнопкой «Защитить это окно». Когда вы вводите пароль, помощник не может туда печатать и не видит его.</translation>
    </message>
    <message>
        <source>A private moment</source>
        <translation>Личная минута</translation>
    </message>
    <message>
        <source>Press Private moment when you want to do something alone. Your helper sees only a grey picture and cannot use your mouse or keyboard. Press Show again when you are ready.</source>
        <translation>Нажмите «Личная минута», когда хотите сделать что-то сами. Помощник видит только серую картинку и не может пользоваться мышью и клавиатурой. Нажмите «Показать снова», когда будете готовы.</translation>
    </message>
    <message>
        <source>Your helper&apos;s mark</source>
        <translation>Знак вашего помощника</translation>
    </message>
    <message>
        <source>The app shows your helper&apos;s name and a mark of letters and numbers. The same helper always has the same mark. If the mark is new, ask your helper why.</source>
        <translation>Программа показывает имя помощника и знак из букв и цифр. У одного и того же помощника всегда один и тот же знак. Если знак новый, спросите помощника почему.</translation>
    </message>
    <message>
        <source>Who is your helper?</source>
        <translation>Кто вам помогает?</translation>
    </message>
    <message>
        <source>Some helpers work for an organisation, such as your city or library. The organisation can confirm who they are. Then the app shows the name of the organisation in large letters. If the app says that we do not know who the person is, be careful. The app also tells you if this person has helped you before.</source>
        <translation>Некоторые помощники работают, например, в вашем городе или библиотеке. Тогда место работы может подтвердить, кто они. Программа показывает название места работы крупными буквами. Если программа говорит, что мы не знаем этого человека, будьте осторожны. Программа также говорит, помогал ли вам этот человек раньше.</translation>
    </message>
    <message>
        <source>If something is wrong</source>
        <translation>Если что-то не так</translation>
    </message>
    <message>
        <source>If the app notices something strange, it stops at once. Then nobody sees your screen. You can get a new code and try again.</source>
        <translation>Если программа замечает что-то странное, она сразу останавливается. Тогда никто не видит ваш экран. Можно получить новый код и попробовать снова.</translation>
    </message>
    <message>
        <source>What the app cannot do</source>
        <translation>Чего программа не умеет</translation>
    </message>
    <message>
        <source>The app cannot protect you from a computer virus. If you think your computer has a virus, ask for help face to face.</source>
        <translation>Программа не защищает от компьютерных вирусов. Если вы думаете, что в компьютере вирус, попросите помощи лично.</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Это безопасно?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ScreenChoice</name>
    <message>
        <source>The screen on the left</source>
        <translation>Экран слева</translation>
    </message>
    <message>
        <source>The screen on the right</source>
        <translation>Экран справа</translation>
    </message>
    <message>
        <source>The screen in the middle</source>
        <translation>Экран посередине</translation>
    </message>
    <message>
        <source>The screen at the top</source>
        <translation>Верхний экран</translation>
    </message>
    <message>
        <source>The screen at the bottom</source>
        <translation>Нижний экран</translation>
    </message>
    <message>
        <source>Your screen</source>
        <translation>Ваш экран</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Экран %1</translation>
    </message>
    <message>
        <source>Which screen may %1 see now?</source>
        <translation>Какой экран %1 может видеть сейчас?</translation>
    </message>
    <message>
        <source>Keep this screen</source>
        <translation>Оставить этот экран</translation>
    </message>
    <message>
        <source>Which screen may %1 see?</source>
        <translation>Какой экран может видеть %1?</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>Не показывать</translation>
    </message>
    <message>
        <source>Press the picture of the screen to share.</source>
        <translation>Нажмите на картинку экрана, который хотите показать.</translation>
    </message>
    <message>
        <source>Share this screen.</source>
        <translation>Показать этот экран.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Protect this window</source>
        <translation>Защитить это окно</translation>
    </message>
    <message>
        <source>Your helper cannot use the window you are using now</source>
        <translation>Помощник не сможет пользоваться окном, которое у вас сейчас открыто</translation>
    </message>
    <message>
        <source>Allow again</source>
        <translation>Разрешить снова</translation>
    </message>
    <message>
        <source>Show another screen</source>
        <translation>Показать другой экран</translation>
    </message>
    <message>
        <source>Your screen is shared</source>
        <translation>Ваш экран виден помощнику</translation>
    </message>
</context>
<context>
    <name>SharedScreen</name>
    <message>
        <source>They have one screen.</source>
        <translation>У человека один экран.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the left.</source>
        <translation>Вы видите экран %1 из %2, левый.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the right.</source>
        <translation>Вы видите экран %1 из %2, правый.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one in the middle.</source>
        <translation>Вы видите экран %1 из %2, средний.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the top.</source>
        <translation>Вы видите экран %1 из %2, верхний.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the bottom.</source>
        <translation>Вы видите экран %1 из %2, нижний.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2.</source>
        <translation>Вы видите экран %1 из %2.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>{name} uses your mouse and keyboard.</source>
        <translation>{name} управляет вашей мышью и клавиатурой.</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} видит ваш экран.</translation>
    </message>
    <message>
        <source>Take back control</source>
        <translation>Вернуть управление</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Перестать показывать экран</translation>
    </message>
    <message>
        <source>Move your own mouse if you want {name} to stop for a moment.</source>
        <translation>Подвигайте своей мышью, если хотите, чтобы {name} ненадолго остановил(а)ся.</translation>
    </message>
    <message>
        <source>Private moment. {name} cannot see your screen.</source>
        <translation>Личная минута. {name} не видит ваш экран.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Показать снова</translation>
    </message>
    <message>
        <source>Show your screen again</source>
        <translation>Снова показать ваш экран</translation>
    </message>
    <message>
        <source>Private moment</source>
        <translation>Личная минута</translation>
    </message>
    <message>
        <source>Hide your screen for a private moment</source>
        <translation>Скрыть экран на личную минуту</translation>
    </message>
    <message>
        <source>Sharing is paused. {name} cannot see your screen.</source>
        <translation>Показ приостановлен. {name} не видит ваш экран.</translation>
    </message>
    <message>
        <source>Press Show again when you are ready.</source>
        <translation>Нажмите «Показать снова», когда будете готовы.</translation>
    </message>
    <message>
        <source>{name} can point and draw on your screen to show you things.</source>
        <translation>{name} может показывать и рисовать на вашем экране.</translation>
    </message>
    <message>
        <source>{name} asks to use your mouse and keyboard.</source>
        <translation>{name} просит разрешения управлять вашей мышью и клавиатурой.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Разрешайте, только если знаете этого человека. Никогда не разрешайте, когда открыт интернет-банк.</translation>
    </message>
    <message>
        <source>Can {name} use your mouse and keyboard?</source>
        <translation>Может ли {name} управлять вашей мышью и клавиатурой?</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Не разрешать</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <source>Do you want to keep sharing your screen?</source>
        <translation>Продолжить показывать экран?</translation>
    </message>
    <message>
        <source>Soon we will ask if you want to keep sharing your screen.</source>
        <translation>Скоро мы спросим, хотите ли вы продолжать показывать экран.</translation>
    </message>
    <message>
        <source>Ask me again after this many &amp;minutes:</source>
        <translation>Спросить снова через столько &amp;минут:</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>{name} helped you.</source>
        <translation>{name} помогал(а) вам.</translation>
    </message>
    <message numerus="yes">
        <source>{name} saw your screen for %n minutes.</source>
        <translation>
            <numerusform>{name} видел(а) ваш экран %n минуту.</numerusform>
            <numerusform>{name} видел(а) ваш экран %n минуты.</numerusform>
            <numerusform>{name} видел(а) ваш экран %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} used your mouse and keyboard for %n minutes.</source>
        <translation>
            <numerusform>{name} управлял(а) мышью и клавиатурой %n минуту.</numerusform>
            <numerusform>{name} управлял(а) мышью и клавиатурой %n минуты.</numerusform>
            <numerusform>{name} управлял(а) мышью и клавиатурой %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} did not use your mouse or keyboard.</source>
        <translation>{name} не управлял(а) вашей мышью и клавиатурой.</translation>
    </message>
    <message numerus="yes">
        <source>You had %n private moments.</source>
        <translation>
            <numerusform>У вас была %n личная минута.</numerusform>
            <numerusform>У вас было %n личные минуты.</numerusform>
            <numerusform>У вас было %n личных минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected page, like your bank, was open %n times. {name} could not use it.</source>
        <translation>
            <numerusform>Защищённая страница, например банк, была открыта %n раз. {name} не мог ею пользоваться.</numerusform>
            <numerusform>Защищённая страница, например банк, была открыта %n раза. {name} не мог ею пользоваться.</numerusform>
            <numerusform>Защищённая страница, например банк, была открыта %n раз. {name} не мог ею пользоваться.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterCall</name>
    <message>
        <source>Your computer did not allow the microphone.</source>
        <translation>Ваш компьютер не разрешил использовать микрофон.</translation>
    </message>
    <message>
        <source>No microphone was found on your computer.</source>
        <translation>На вашем компьютере не найден микрофон.</translation>
    </message>
    <message>
        <source>No camera was found on your computer.</source>
        <translation>На вашем компьютере не найдена камера.</translation>
    </message>
    <message>
        <source>Sound does not work on your computer now.</source>
        <translation>Звук сейчас не работает на вашем компьютере.</translation>
    </message>
    <message>
        <source>The person&apos;s camera</source>
        <translation>Камера человека</translation>
    </message>
    <message>
        <source>You can offer a call while you see the screen.</source>
        <translation>Предложить звонок можно, пока вы видите экран.</translation>
    </message>
    <message>
        <source>Waiting for the person to answer your call…</source>
        <translation>Ждём, когда человек ответит на звонок…</translation>
    </message>
    <message>
        <source>The person paused the help. The call waits.</source>
        <translation>Человек поставил помощь на паузу. Звонок ждёт.</translation>
    </message>
    <message>
        <source>In a call. The person turned their microphone off.</source>
        <translation>Идёт звонок. Человек выключил свой микрофон.</translation>
    </message>
    <message>
        <source>In a call. Your microphone is off.</source>
        <translation>Идёт звонок. Ваш микрофон выключен.</translation>
    </message>
    <message>
        <source>In a call. The person hears you.</source>
        <translation>Идёт звонок. Человек вас слышит.</translation>
    </message>
    <message>
        <source>No call.</source>
        <translation>Звонка нет.</translation>
    </message>
    <message>
        <source>Offer a call</source>
        <translation>Предложить звонок</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Включить мой микрофон</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Выключить мой микрофон</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Закончить звонок</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Скрыть мою камеру</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Показать мою камеру</translation>
    </message>
</context>
<context>
    <name>SupporterEnded</name>
    <message>
        <source>You ended the session.</source>
        <translation>Вы завершили сеанс.</translation>
    </message>
    <message>
        <source>The person did not allow screen sharing.</source>
        <translation>Человек не разрешил показ экрана.</translation>
    </message>
    <message>
        <source>The person ended the session.</source>
        <translation>Человек завершил сеанс.</translation>
    </message>
    <message>
        <source>No one is waiting with this code. Ask the person to read the code again.</source>
        <translation>С этим кодом никто не ждёт. Попросите человека прочитать код ещё раз.</translation>
    </message>
    <message>
        <source>This code is already in use. Ask for a new code.</source>
        <translation>Этот код уже используется. Попросите новый код.</translation>
    </message>
    <message>
        <source>The code did not match, so it no longer works. Ask the person for a new code.</source>
        <translation>Код не совпал и больше не действует. Попросите у человека новый код.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new code.</source>
        <translation>Срок действия кода истёк. Попросите новый код.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation>Слишком много попыток. Подождите минуту и попробуйте снова.</translation>
    </message>
    <message>
        <source>This service lets in only supporters with a certificate from an organisation it trusts. Ask your organisation for a certificate and load it.</source>
        <translation>Этот сервис пускает только помощников с сертификатом от организации, которой он доверяет. Попросите сертификат у своей организации и загрузите его.</translation>
    </message>
    <message>
        <source>The session ended. Your organisation&apos;s confirmation is no longer valid. Ask your organisation.</source>
        <translation>Сеанс завершён. Подтверждение вашей организации больше не действует. Обратитесь в свою организацию.</translation>
    </message>
    <message>
        <source>The connection failed a security check and was closed. Ask for a new code.</source>
        <translation>Соединение не прошло проверку безопасности и было закрыто. Попросите новый код.</translation>
    </message>
    <message>
        <source>Cannot reach the pairing server. Check the network and try again.</source>
        <translation>Сервер сопряжения недоступен. Проверьте сеть и попробуйте снова.</translation>
    </message>
    <message>
        <source>The pairing server address starts with ws://, which is not protected. Use a wss:// address (ws:// only for a server on this computer).</source>
        <translation>Адрес сервера сопряжения начинается с ws:// и не защищён. Используйте адрес wss:// (ws:// только для сервера на этом компьютере).</translation>
    </message>
    <message>
        <source>The pairing server ended the session: it was open too long or unused for too long. Ask the person for a new code to help again.</source>
        <translation>Сервер сопряжения завершил сеанс: он был открыт слишком долго или долго не использовался. Чтобы помочь снова, попросите у человека новый код.</translation>
    </message>
    <message>
        <source>The connection took too long. Try again.</source>
        <translation>Соединение устанавливалось слишком долго. Попробуйте снова.</translation>
    </message>
    <message>
        <source>The pairing server is busy or restarting. Try again in a minute.</source>
        <translation>Сервер сопряжения занят или перезапускается. Попробуйте через минуту.</translation>
    </message>
    <message>
        <source>The pairing server does not support this version of the app. Update the app and try again.</source>
        <translation>Сервер сопряжения не поддерживает эту версию программы. Обновите программу и попробуйте снова.</translation>
    </message>
    <message>
        <source>The pairing server refused a message before the apps were paired. Ask for a new code and try again.</source>
        <translation>Сервер сопряжения отклонил сообщение до сопряжения программ. Попросите новый код и попробуйте снова.</translation>
    </message>
    <message>
        <source>The connection was lost. Ask the person for a new code to continue.</source>
        <translation>Соединение потеряно. Чтобы продолжить, попросите у человека новый код.</translation>
    </message>
    <message>
        <source>The session ended. To help again, ask the person for a new code.</source>
        <translation>Сеанс завершён. Чтобы помочь снова, попросите у человека новый код.</translation>
    </message>
</context>
<context>
    <name>SupporterHelp</name>
    <message>
        <source>1. Get the code</source>
        <translation>1. Получите код</translation>
    </message>
    <message>
        <source>Call the person first. They press Get help and read you a code of 13 digits. Type it here with your name and press Connect. The app notices most typing mistakes before it connects.</source>
        <translation>Сначала позвоните человеку. Он нажимает «Получить помощь» и читает вам код из 13 цифр. Введите его здесь вместе со своим именем и нажмите «Подключиться». Программа замечает большинство опечаток до подключения.</translation>
    </message>
    <message>
        <source>2. Wait for permission</source>
        <translation>2. Дождитесь разрешения</translation>
    </message>
    <message>
        <source>The person sees your name and your identity mark, and decides. Nothing is shown before they press Allow. A wrong code ends the code for good; ask for a new one.</source>
        <translation>Человек видит ваше имя и опознавательный знак и решает. Ничего не показывается, пока он не нажмёт «Разрешить». Неверный код окончательно аннулирует код; попросите новый.</translation>
    </message>
    <message>
        <source>3. Teach first</source>
        <translation>3. Сначала обучайте</translation>
    </message>
    <message>
        <source>Move the mouse over the picture to show your pointer on their screen. Drag to draw, click to say &quot;look here&quot;. Let the person do things themselves when they can.</source>
        <translation>Ведите мышь над изображением — ваш указатель появится на экране человека. Перетаскивайте, чтобы рисовать; щёлкните, чтобы сказать «смотрите сюда». Пусть человек делает сам, когда может.</translation>
    </message>
    <message>
        <source>4. Mouse and keyboard</source>
        <translation>4. Мышь и клавиатура</translation>
    </message>
    <message>
        <source>Press Ask for control only when teaching is not enough. The person must allow it separately and can take control back at any time. When they move their own mouse, your input waits.</source>
        <translation>Нажимайте «Запросить управление», только если показа недостаточно. Человек должен отдельно разрешить это и может в любой момент вернуть управление. Когда он двигает своей мышью, ваш ввод ждёт.</translation>
    </message>
    <message>
        <source>5. Ending</source>
        <translation>5. Завершение</translation>
    </message>
    <message>
        <source>The person can pause or stop at any moment. Press End session when you are done. Nothing stays open afterwards.</source>
        <translation>Человек может приостановить или остановить показ в любой момент. Когда закончите, нажмите «Завершить сеанс». После этого ничего не остаётся открытым.</translation>
    </message>
    <message>
        <source>Keep the person safe</source>
        <translation>Берегите человека</translation>
    </message>
    <message>
        <source>Never ask for passwords, bank codes or card numbers. Ask the person to close their online bank before you look. Remind them that no bank or authority ever calls to ask for this code.</source>
        <translation>Никогда не спрашивайте пароли, банковские коды или номера карт. Попросите человека закрыть интернет-банк, прежде чем смотреть. Напомните, что ни банк, ни ведомство никогда не звонят, чтобы узнать этот код.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>SupporterIdentity</name>
    <message>
        <source>Your identity mark is {mark}. The person sees the same mark before they allow you.</source>
        <translation>Ваш опознавательный знак: {mark}. Человек видит тот же знак, прежде чем дать разрешение.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. No safe key store was found on this computer, so the mark lasts only until you close the app.</source>
        <translation>Ваш опознавательный знак: {mark}. На этом компьютере не найдено надёжное хранилище ключей, поэтому знак действует только до закрытия программы.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The only key store here saves secrets as plain text, so it is not used and the mark lasts only until you close the app.</source>
        <translation>Ваш опознавательный знак: {mark}. Единственное хранилище ключей здесь хранит секреты открытым текстом, поэтому оно не используется, и знак действует только до закрытия программы.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The saved key could not be read and was left as it is, so this mark lasts only until you close the app.</source>
        <translation>Ваш опознавательный знак: {mark}. Сохранённый ключ не удалось прочитать, он оставлен как есть, поэтому этот знак действует только до закрытия программы.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The key store could not be opened, so the mark lasts only until you close the app.</source>
        <translation>Ваш опознавательный знак: {mark}. Хранилище ключей не открылось, поэтому знак действует только до закрытия программы.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. It lasts only until you close the app.</source>
        <translation>Ваш опознавательный знак: {mark}. Он действует только до закрытия программы.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} has expired. Ask them for a new one.</source>
        <translation>Ваш сертификат от {organisation} истёк. Попросите у них новый.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} is valid until {date}. The person sees that {organisation} has confirmed who you are.</source>
        <translation>Ваш сертификат от {organisation} действует до {date}. Человек видит, что {organisation} подтверждает, кто вы.</translation>
    </message>
</context>
<context>
    <name>SupporterReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Связь прервалась. Пробуем снова…</translation>
    </message>
    <message>
        <source>Your keys and buttons were released; control has ended.</source>
        <translation>Ваши клавиши и кнопки отпущены; управление завершено.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Осталось секунд: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. You see the screen; ask again if you need control.</source>
        <translation>Связь восстановлена. Вы видите экран; попросите управление снова, если оно нужно.</translation>
    </message>
</context>
<context>
    <name>SupporterRefused</name>
    <message>
        <source>The person has a protected page open, such as their online bank. Your mouse and keyboard do nothing there. You can still point and draw.</source>
        <translation>У человека открыта защищённая страница, например интернет-банк. Ваши мышь и клавиатура там не действуют. Вы можете по-прежнему показывать и рисовать.</translation>
    </message>
    <message>
        <source>The person is typing a password. Your keys are not used, and the field is hidden from your view.</source>
        <translation>Человек вводит пароль. Ваши клавиши не используются, а поле скрыто от вас.</translation>
    </message>
    <message>
        <source>The person is doing something private.</source>
        <translation>Человек занят чем-то личным.</translation>
    </message>
    <message>
        <source>You cannot use the buttons of the helper app on the other computer. To end the help, use End session in your own app.</source>
        <translation>Вы не можете нажимать кнопки приложения помощи на другом компьютере. Чтобы закончить помощь, нажмите «Завершить сеанс» в своём приложении.</translation>
    </message>
    <message>
        <source>This key combination is blocked on the other computer to keep it safe.</source>
        <translation>Это сочетание клавиш заблокировано на другом компьютере для безопасности.</translation>
    </message>
</context>
<context>
    <name>SupporterSteps</name>
    <message>
        <source>Connecting to the pairing server…</source>
        <translation>Подключение к серверу сопряжения…</translation>
    </message>
    <message>
        <source>Checking the code with the person&apos;s computer…</source>
        <translation>Проверка кода с компьютером человека…</translation>
    </message>
    <message>
        <source>Waiting for the person to allow you to see their screen…</source>
        <translation>Ожидание, пока человек разрешит вам видеть экран…</translation>
    </message>
    <message>
        <source>Starting the screen view…</source>
        <translation>Запуск показа экрана…</translation>
    </message>
</context>
<context>
    <name>SupporterWindow</name>
    <message>
        <source>Assist – supporter</source>
        <translation>Assist – помощник</translation>
    </message>
    <message>
        <source>Help a person</source>
        <translation>Помочь человеку</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;имя</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>Shown to the person</source>
        <translation>Его увидит человек</translation>
    </message>
    <message>
        <source>1234 5678 9012 3</source>
        <translation>1234 5678 9012 3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Завершить сеанс</translation>
    </message>
    <message>
        <source>Give control back</source>
        <translation>Вернуть управление</translation>
    </message>
    <message>
        <source>Ask for control</source>
        <translation>Запросить управление</translation>
    </message>
    <message>
        <source>You control the person&apos;s mouse and keyboard. If they move their own mouse, you wait a moment. Ctrl+Alt+Home takes the keyboard back to this window.</source>
        <translation>Вы управляете мышью и клавиатурой человека. Если он двигает своей мышью, вы ненадолго ждёте. Ctrl+Alt+Home возвращает клавиатуру в это окно.</translation>
    </message>
    <message>
        <source>The person is doing something private. You will see the screen again when they are ready.</source>
        <translation>Человек занят чем-то личным. Вы снова увидите экран, когда он будет готов.</translation>
    </message>
    <message>
        <source>Your name looks like a helper mark. Write your name without groups of letters and numbers like 7F3A-91C2.</source>
        <translation>Ваше имя похоже на знак помощника. Напишите имя без групп букв и цифр вроде 7F3A-91C2.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>The person&apos;s screen</source>
        <translation>Экран человека</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Сеанс завершён</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новый сеанс</translation>
    </message>
    <message>
        <source>Waiting for the person to allow control…</source>
        <translation>Ожидание разрешения на управление…</translation>
    </message>
    <message>
        <source>You see the person&apos;s screen. Point with the mouse; drag to draw; click to say &quot;look here&quot;.</source>
        <translation>Вы видите экран человека. Показывайте мышью; перетаскивайте, чтобы рисовать; щёлкните, чтобы сказать «смотрите сюда».</translation>
    </message>
    <message>
        <source>The code looks right.</source>
        <translation>Код выглядит правильно.</translation>
    </message>
    <message>
        <source>The code has 13 digits.</source>
        <translation>В коде 13 цифр.</translation>
    </message>
    <message>
        <source>The code has only digits.</source>
        <translation>В коде только цифры.</translation>
    </message>
    <message>
        <source>This code has a typo. Check the digits with the person.</source>
        <translation>В коде опечатка. Проверьте цифры вместе с человеком.</translation>
    </message>
</context>
</TS>
