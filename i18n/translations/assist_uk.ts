<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AddOrganisation</name>
    <message>
        <source>Add an organisation</source>
        <translation>Додати організацію</translation>
    </message>
    <message>
        <source>Do you want to trust {organisation}?</source>
        <translation>Ви довіряєте організації {organisation}?</translation>
    </message>
    <message>
        <source>Then the app can tell you when a helper works for {organisation}.</source>
        <translation>Тоді програма зможе сказати, коли помічник працює в {organisation}.</translation>
    </message>
    <message>
        <source>Say yes only if {organisation} gave you this file themselves.</source>
        <translation>Відповідайте «так», лише якщо {organisation} самі дали вам цей файл.</translation>
    </message>
    <message>
        <source>Their mark is {mark}. Ask them to read their mark to you.</source>
        <translation>Їхній знак: {mark}. Попросіть їх прочитати вам свій знак.</translation>
    </message>
    <message>
        <source>Yes, trust them</source>
        <translation>Так, довіряю</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>This file is not from an organisation. Nothing was changed.</source>
        <translation>Цей файл не від організації. Нічого не змінилося.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Did an organisation give you a file? Then you can add the organisation here.</source>
        <translation>Організація дала вам файл? Тоді тут можна додати цю організацію.</translation>
    </message>
    <message>
        <source>Files from an organisation</source>
        <translation>Файли від організації</translation>
    </message>
    <message>
        <source>Done. The app now trusts {organisation}.</source>
        <translation>Готово. Тепер програма довіряє організації {organisation}.</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Текст і кольори</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Messages</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>&amp;Write a message</source>
        <translation>&amp;Напишіть повідомлення</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Напишіть повідомлення</translation>
    </message>
    <message>
        <source>{who} wrote: {message}</source>
        <translation>{who} пише: {message}</translation>
    </message>
</context>
<context>
    <name>CodeCountdown</name>
    <message numerus="yes">
        <source>The code works for %n more minutes.</source>
        <translation>
            <numerusform>Код діє ще %n хвилину.</numerusform>
            <numerusform>Код діє ще %n хвилини.</numerusform>
            <numerusform>Код діє ще %n хвилин.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>Програма не може запуститися</translation>
    </message>
    <message>
        <source>The settings that came with this app have a mistake. Please tell the people who gave you this app.</source>
        <translation>У налаштуваннях, які прийшли з програмою, є помилка. Скажіть про це тим, хто дав вам програму.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>We do not know who this person is.</source>
        <translation>Ми не знаємо, хто ця людина.</translation>
    </message>
    <message>
        <source>They can move your mouse and click on anything.</source>
        <translation>Вона може рухати вашу мишу і натискати на будь-що.</translation>
    </message>
    <message>
        <source>They can type on your keyboard.</source>
        <translation>Вона може друкувати на вашій клавіатурі.</translation>
    </message>
    <message>
        <source>They can open your files, your email and your programs.</source>
        <translation>Вона може відкрити ваші файли, пошту і програми.</translation>
    </message>
    <message>
        <source>Never allow this while your online bank is open.</source>
        <translation>Ніколи не дозволяйте це, коли відкритий ваш інтернет-банк.</translation>
    </message>
    <message>
        <source>{organisation} has confirmed who this person is.</source>
        <translation>{organisation} підтверджує, хто ця людина.</translation>
    </message>
    <message>
        <source>We do not know who this person is. Companies and authorities never call you to ask for this.</source>
        <translation>Ми не знаємо, хто ця людина. Компанії та влада ніколи не дзвонять з таким проханням.</translation>
    </message>
    <message>
        <source>Did you call them, or did they call you?</source>
        <translation>Хто кому подзвонив: ви їй чи вона вам?</translation>
    </message>
    <message>
        <source>I called them</source>
        <translation>Дзвінок був від мене</translation>
    </message>
    <message>
        <source>They called me</source>
        <translation>Мені подзвонили</translation>
    </message>
    <message>
        <source>Take a moment to think. Then you can answer.</source>
        <translation>Подумайте хвилинку. Потім можна відповісти.</translation>
    </message>
    <message>
        <source>Someone calls themselves {name}, but it is not the {name} who helped you before.</source>
        <translation>Хтось називає себе {name}, але це не той {name}, який допомагав вам раніше.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has helped you %n times.</source>
        <translation>
            <numerusform>{name} допомагав вам %n раз.</numerusform>
            <numerusform>{name} допомагав вам %n рази.</numerusform>
            <numerusform>{name} допомагав вам %n разів.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the first time this person helps you.</source>
        <translation>Ця людина допомагає вам уперше.</translation>
    </message>
</context>
<context>
    <name>DesktopProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>Застосунок не може запуститися</translation>
    </message>
    <message>
        <source>This app cannot show your screen on this computer. Please tell the people who gave you this app.</source>
        <translation>Застосунок не може показати ваш екран на цьому комп’ютері. Скажіть про це тим, хто дав вам застосунок.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>DesktopQuestion</name>
    <message>
        <source>Your computer will ask you too</source>
        <translation>Комп&apos;ютер теж вас запитає</translation>
    </message>
    <message>
        <source>Your computer will now ask you too. Press Share. Then your helper can see your screen. Tick the box too if your helper may use your mouse later.</source>
        <translation>Зараз комп&apos;ютер теж вас запитає. Натисніть «Поділитися». Тоді помічник побачить ваш екран. Поставте й позначку, якщо помічник може потім користуватися мишею.</translation>
    </message>
    <message>
        <source>Your screen is not shared</source>
        <translation>Ваш екран не показується</translation>
    </message>
    <message>
        <source>You pressed Cancel on your computer&apos;s question. Your helper sees nothing. You can get a new code and try again.</source>
        <translation>Ви натиснули «Скасувати», коли комп&apos;ютер запитав. Помічник нічого не бачить. Можна отримати новий код і спробувати знову.</translation>
    </message>
    <message>
        <source>Your computer stopped showing your screen. Your helper sees nothing now. You can get a new code if you need more help.</source>
        <translation>Комп&apos;ютер перестав показувати ваш екран. Помічник тепер нічого не бачить. Якщо потрібна ще допомога, отримайте новий код.</translation>
    </message>
    <message>
        <source>Your computer did not let this app show your screen. Your helper sees nothing. Please tell the people who gave you this app.</source>
        <translation>Комп&apos;ютер не дозволив цьому застосунку показати ваш екран. Помічник нічого не бачить. Повідомте тих, хто дав вам цей застосунок.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>Text and colours</source>
        <translation>Текст і кольори</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Розмір тексту</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Великий</translation>
    </message>
    <message>
        <source>Very large</source>
        <translation>Дуже великий</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Кольори</translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation>Чорний текст на білому</translation>
    </message>
    <message>
        <source>White text on black</source>
        <translation>Білий текст на чорному</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What this app does</source>
        <translation>Що робить ця програма</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. They can show you how to do things. You decide what they see.</source>
        <translation>Людина, якій ви довіряєте, може бачити ваш екран і допомагати вам. Вона може показати, як щось зробити. Ви вирішуєте, що вона бачить.</translation>
    </message>
    <message>
        <source>1. Call your helper</source>
        <translation>1. Зателефонуйте помічникові</translation>
    </message>
    <message>
        <source>First call your helper on the phone. Your helper can be a relative or a worker from a help service.</source>
        <translation>Спершу зателефонуйте своєму помічникові. Помічником може бути родич. Це може бути і працівник служби допомоги.</translation>
    </message>
    <message>
        <source>2. Read the code</source>
        <translation>2. Прочитайте код</translation>
    </message>
    <message>
        <source>Press Get help. The app shows a code with many numbers. Read the numbers to your helper on the phone.</source>
        <translation>Натисніть «Отримати допомогу». Програма покаже код із багатьох цифр. Прочитайте цифри помічникові телефоном.</translation>
    </message>
    <message>
        <source>3. You decide</source>
        <translation>3. Ви вирішуєте</translation>
    </message>
    <message>
        <source>Your helper types the code. Then the app asks you a question. Can your helper see your screen? Press Allow only if you know the person.</source>
        <translation>Помічник вводить код. Потім програма ставить вам запитання. Чи може помічник бачити ваш екран? Натисніть «Дозволити», лише якщо ви знаєте цю людину.</translation>
    </message>
    <message>
        <source>4. Your helper shows you</source>
        <translation>4. Помічник показує</translation>
    </message>
    <message>
        <source>Your helper sees your screen. Your helper can point and draw on your screen. Your helper may ask to use your mouse and keyboard. You can say yes or no.</source>
        <translation>Помічник бачить ваш екран. Він може показувати й малювати на вашому екрані. Він може попросити керувати мишею і клавіатурою. Ви можете відповісти так або ні.</translation>
    </message>
    <message>
        <source>5. Stop at any time</source>
        <translation>5. Зупинити можна будь-коли</translation>
    </message>
    <message>
        <source>Press Stop when you want. Then your helper sees nothing. While your helper sees your screen, a Stop button stays at the top.</source>
        <translation>Натисніть «Зупинити», коли захочете. Тоді помічник нічого не бачить. Поки помічник бачить ваш екран, кнопка «Зупинити» завжди вгорі.</translation>
    </message>
    <message>
        <source>Try it first</source>
        <translation>Спершу спробуйте</translation>
    </message>
    <message>
        <source>You can practise without a real helper. Press Practise first on the first screen. Nothing you do there is real.</source>
        <translation>Можна потренуватися без справжнього помічника. Натисніть «Спочатку потренуватися» на першій сторінці. Там усе не насправді.</translation>
    </message>
    <message>
        <source>Help face to face</source>
        <translation>Допомога особисто</translation>
    </message>
    <message>
        <source>This app does not replace help face to face. You can always visit a service point and ask for help there.</source>
        <translation>Програма не замінює допомогу особисто. Ви завжди можете прийти до пункту обслуговування і попросити допомоги там.</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Як це працює?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past help</source>
        <translation>Попередня допомога</translation>
    </message>
    <message>
        <source>This list is only on this computer. You can delete it.</source>
        <translation>Цей список є лише на цьому комп&apos;ютері. Ви можете його видалити.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Тут поки нічого немає.</translation>
    </message>
    <message>
        <source>Keep the chat in this list</source>
        <translation>Зберігати листування в цьому списку</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Видалити все</translation>
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
        <translation>Комп&apos;ютер не дозволив використати мікрофон. Ви можете писати в чат.</translation>
    </message>
    <message>
        <source>No camera was found. Your helper can still hear you.</source>
        <translation>Камеру не знайдено. Помічник все одно вас чує.</translation>
    </message>
    <message>
        <source>No microphone was found. You can still write in the chat.</source>
        <translation>Мікрофон не знайдено. Ви можете писати в чат.</translation>
    </message>
    <message>
        <source>Sound does not work on this computer now. You can still write in the chat.</source>
        <translation>Звук зараз не працює на цьому комп&apos;ютері. Ви можете писати в чат.</translation>
    </message>
    <message>
        <source>Your helper</source>
        <translation>Ваш помічник</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Дзвінок: {name}</translation>
    </message>
    <message>
        <source>{name} wants to talk with you through the computer. You can then put the phone down.</source>
        <translation>{name} хоче поговорити з вами через комп&apos;ютер. Тоді можна покласти телефон.</translation>
    </message>
    <message>
        <source>Your microphone stays off until you choose Talk.</source>
        <translation>Мікрофон вимкнений, доки ви не натиснете «Говорити».</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Говорити</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <source>You see {name} on their camera.</source>
        <translation>Ви бачите {name} через камеру.</translation>
    </message>
    <message>
        <source>{name} has no camera on.</source>
        <translation>Камера в {name} вимкнена.</translation>
    </message>
    <message>
        <source>● Your microphone is on. {name} hears you.</source>
        <translation>● Ваш мікрофон увімкнений. {name} вас чує.</translation>
    </message>
    <message>
        <source>The call waits while the help is paused.</source>
        <translation>Дзвінок чекає, поки допомога на паузі.</translation>
    </message>
    <message>
        <source>Your microphone is off.</source>
        <translation>Ваш мікрофон вимкнений.</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Увімкнути мій мікрофон</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Вимкнути мій мікрофон</translation>
    </message>
    <message>
        <source>● {name} sees you on your camera.</source>
        <translation>● {name} бачить вас через вашу камеру.</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Сховати мою камеру</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Показати мою камеру</translation>
    </message>
    <message>
        <source>Say something — the bar moves.</source>
        <translation>Скажіть щось — смужка рухається.</translation>
    </message>
    <message>
        <source>How loud your microphone is</source>
        <translation>Гучність вашого мікрофона</translation>
    </message>
    <message>
        <source>Test my microphone</source>
        <translation>Перевірити мій мікрофон</translation>
    </message>
    <message>
        <source>Make smaller</source>
        <translation>Зробити меншим</translation>
    </message>
    <message>
        <source>Make bigger</source>
        <translation>Зробити більшим</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Завершити дзвінок</translation>
    </message>
    <message>
        <source>The call ended because the connection was lost. {name} can call you again.</source>
        <translation>Дзвінок завершився, бо зв&apos;язок перервався. {name} може зателефонувати вам знову.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>The computer&apos;s usual microphone</source>
        <translation>Звичайний мікрофон комп&apos;ютера</translation>
    </message>
    <message>
        <source>The computer&apos;s usual speaker</source>
        <translation>Звичайний динамік комп&apos;ютера</translation>
    </message>
    <message>
        <source>The computer&apos;s usual camera</source>
        <translation>Звичайна камера комп&apos;ютера</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Мікрофон:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Динамік:</translation>
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
        <translation>Ви зупинили допомогу. Тепер ніхто не бачить ваш екран.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen.</source>
        <translation>Ви відповіли ні. Ніхто не бачить ваш екран.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen. End the call now. This may be a trick. Do not give anyone a code or your bank codes. If you are worried, call a person you know.</source>
        <translation>Ви відмовили. Ніхто не бачить ваш екран. Завершіть розмову зараз. Це може бути обман. Нікому не давайте код чи банківські коди. Якщо ви хвилюєтеся, подзвоніть знайомій людині.</translation>
    </message>
    <message>
        <source>The organisation no longer confirms who your helper is. So we stopped the help. Nobody sees your screen now.</source>
        <translation>Організація більше не підтверджує, хто ваш помічник. Тому ми зупинили допомогу. Тепер ніхто не бачить ваш екран.</translation>
    </message>
    <message>
        <source>Your helper ended the help. Nobody sees your screen now.</source>
        <translation>Помічник завершив допомогу. Тепер ніхто не бачить ваш екран.</translation>
    </message>
    <message>
        <source>The code did not work. Get a new code and read it to your helper again.</source>
        <translation>Код не спрацював. Отримайте новий код і знову прочитайте його помічникові.</translation>
    </message>
    <message>
        <source>The code is too old. You can get a new code.</source>
        <translation>Код застарів. Можна отримати новий код.</translation>
    </message>
    <message>
        <source>This took too long. You can get a new code.</source>
        <translation>Це тривало надто довго. Можна отримати новий код.</translation>
    </message>
    <message>
        <source>Something was wrong, so we stopped to keep you safe. You can get a new code.</source>
        <translation>Щось було не так. Ми все зупинили, щоб захистити вас. Можна отримати новий код.</translation>
    </message>
    <message>
        <source>We could not connect. Check that the internet works and try again.</source>
        <translation>Не вдалося під&apos;єднатися. Перевірте, чи працює інтернет, і спробуйте знову.</translation>
    </message>
    <message>
        <source>This app is not set up to connect safely, so it did not connect. Ask the person who set up your computer to fix it.</source>
        <translation>Застосунок не налаштований на безпечне з&apos;єднання, тому він не з&apos;єднався. Попросіть того, хто налаштовував ваш комп&apos;ютер, виправити це.</translation>
    </message>
    <message>
        <source>The help went on for a very long time, so it ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Допомога тривала дуже довго, тому вона завершилася. Тепер ніхто не бачить ваш екран. Якщо допомога ще потрібна, отримайте новий код.</translation>
    </message>
    <message>
        <source>The help service is busy now. Please try again soon.</source>
        <translation>Служба допомоги зараз зайнята. Спробуйте ще раз трохи згодом.</translation>
    </message>
    <message>
        <source>This app is too old to get help. Ask your helper how to get the new version.</source>
        <translation>Ця програма застаріла. Запитайте помічника, як отримати нову версію.</translation>
    </message>
    <message>
        <source>The connection broke. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Зв&apos;язок обірвався. Тепер ніхто не бачить ваш екран. Якщо допомога ще потрібна, отримайте новий код.</translation>
    </message>
    <message>
        <source>The help has ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>Допомога закінчилася. Тепер ніхто не бачить ваш екран. Якщо допомога ще потрібна, отримайте новий код.</translation>
    </message>
</context>
<context>
    <name>HomeReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Зв&apos;язок перервався. Пробуємо знову…</translation>
    </message>
    <message>
        <source>Your helper cannot use your mouse and keyboard now.</source>
        <translation>Ваш помічник зараз не може користуватися вашою мишею і клавіатурою.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Залишилося секунд: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. Your helper sees your screen. They must ask again to use your mouse.</source>
        <translation>Зв&apos;язок знову є. Помічник бачить ваш екран. Щоб користуватися мишею, він має запитати знову.</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>Get help</source>
        <translation>Отримати допомогу</translation>
    </message>
    <message>
        <source>Get help with your computer</source>
        <translation>Допомога з комп&apos;ютером</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. You decide what they see.</source>
        <translation>Людина, якій ви довіряєте, може бачити ваш екран і допомагати вам. Ви вирішуєте, що вона бачить.</translation>
    </message>
    <message>
        <source>This app comes from {organisation}.</source>
        <translation>Цю програму дала вам організація {organisation}.</translation>
    </message>
    <message>
        <source>This app keeps nothing on this computer after you close it.</source>
        <translation>Коли ви закриєте програму, на цьому комп&apos;ютері нічого не залишиться.</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Прочитайте цей код помічникові.</translation>
    </message>
    <message>
        <source>Your code is {code}.</source>
        <translation>Ваш код: {code}.</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust.</source>
        <translation>Давайте код лише людині, яку ви знаєте і якій довіряєте.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Your helper typed the code. Please wait a moment.</source>
        <translation>Помічник ввів код. Зачекайте трохи.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} хоче бачити ваш екран.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Дозволяйте, лише якщо знаєте цю людину. Ніколи не дозволяйте, коли відкритий інтернет-банк.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>Чи може {name} бачити ваш екран?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Дозволити</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Не дозволяти</translation>
    </message>
    <message>
        <source>Past help</source>
        <translation>Попередня допомога</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Це безпечно?</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Як це працює?</translation>
    </message>
    <message>
        <source>Practise first</source>
        <translation>Спочатку потренуватися</translation>
    </message>
    <message>
        <source>Helper mark: {mark}. The same helper always has the same mark.</source>
        <translation>Знак помічника: {mark}. В одного й того самого помічника завжди той самий знак.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>The help has ended</source>
        <translation>Допомога закінчилася</translation>
    </message>
    <message>
        <source>Get help again</source>
        <translation>Знову отримати допомогу</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Choose your language</source>
        <translation>Виберіть мову</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Maria</source>
        <comment>the pretend helper&apos;s name in practice mode</comment>
        <translation>Марія</translation>
    </message>
    <message>
        <source>Practice. This is not real help. Nobody sees your screen.</source>
        <translation>Тренування. Це не справжня допомога. Ніхто не бачить ваш екран.</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>Закінчити тренування</translation>
    </message>
    <message>
        <source>Practise getting help</source>
        <translation>Тренування: отримуємо допомогу</translation>
    </message>
    <message>
        <source>Here you can try how getting help works. A pretend helper called {name} helps you. Nothing here is real. You cannot make a mistake.</source>
        <translation>Тут можна спробувати, як отримувати допомогу. Вам допомагає несправжній помічник {name}. Тут усе не насправді. Помилитися неможливо.</translation>
    </message>
    <message>
        <source>Start practice</source>
        <translation>Почати тренування</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>Прочитайте цей код помічникові.</translation>
    </message>
    <message>
        <source>The practice code is {code}.</source>
        <translation>Код для тренування: {code}.</translation>
    </message>
    <message>
        <source>In real help, you read the code to your helper on the phone. Now you only pretend. Press the button when you are ready.</source>
        <translation>Насправді ви читаєте код помічникові телефоном. Зараз ви лише удаєте. Натисніть кнопку, коли будете готові.</translation>
    </message>
    <message>
        <source>I read the code</source>
        <translation>Я прочитав(ла) код</translation>
    </message>
    <message>
        <source>{name} typed the code. Please wait a moment.</source>
        <translation>{name} вводить код. Зачекайте трохи.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>{name} хоче бачити ваш екран.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Дозволяйте, лише якщо знаєте цю людину. Ніколи не дозволяйте, коли відкритий інтернет-банк.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>Чи може {name} бачити ваш екран?</translation>
    </message>
    <message>
        <source>This is practice. You can press either button.</source>
        <translation>Це тренування. Можна натиснути будь-яку кнопку.</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Не дозволяти</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Дозволити</translation>
    </message>
    <message>
        <source>You said no.</source>
        <translation>Ви відповіли ні.</translation>
    </message>
    <message>
        <source>That is right if you do not know the person. In real help, nobody sees your screen now.</source>
        <translation>Це правильно, якщо ви не знаєте людину. Під час справжньої допомоги ніхто зараз не бачить ваш екран.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Ще раз</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} бачить ваш екран.</translation>
    </message>
    <message>
        <source>Look at your screen. {name} shows you things with a pointer.</source>
        <translation>Подивіться на екран. {name} показує вказівником.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Припинити показувати екран</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Чудово!</translation>
    </message>
    <message>
        <source>You stopped the help. Nobody sees your screen now. You can stop real help in the same way.</source>
        <translation>Ви зупинили допомогу. Тепер ніхто не бачить ваш екран. Справжню допомогу можна зупинити так само.</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Потренуватися ще</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>На початок</translation>
    </message>
    <message>
        <source>{name} says: Now press Stop. You can always stop like this.</source>
        <translation>{name}: Тепер натисніть «Зупинити». Так можна зупинити завжди.</translation>
    </message>
    <message>
        <source>{name} says: Hello! Can you see my pointer? It shows where I look.</source>
        <translation>{name}: Доброго дня! Бачите мій вказівник? Він показує, куди я дивлюся.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>You logged in. Can {name} use your mouse and keyboard again?</source>
        <translation>Ви увійшли. Чи може {name} знову користуватися вашою мишею і клавіатурою?</translation>
    </message>
    <message>
        <source>{name} cannot see this page or use your mouse and keyboard.</source>
        <translation>{name} не бачить цю сторінку і не може користуватися вашою мишею і клавіатурою.</translation>
    </message>
    <message>
        <source>{name} cannot use your mouse or keyboard while this page is open. {name} can still see and point.</source>
        <translation>{name} не може користуватися вашою мишею і клавіатурою, поки ця сторінка відкрита. {name} усе ще бачить екран і може показувати.</translation>
    </message>
    <message>
        <source>You are typing a password. {name} cannot see it.</source>
        <translation>Ви вводите пароль. {name} його не бачить.</translation>
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
        <translation>Ви вирішуєте</translation>
    </message>
    <message>
        <source>Nobody sees your screen before you click Allow. You can stop at any time with the Stop button. After that, your helper sees nothing.</source>
        <translation>Ніхто не бачить ваш екран, доки ви не натиснете «Дозволити». Ви можете будь-коли все зупинити кнопкою «Зупинити». Після цього помічник нічого не бачить.</translation>
    </message>
    <message>
        <source>The code works only once</source>
        <translation>Код працює лише один раз</translation>
    </message>
    <message>
        <source>The code works only for a short time. If someone types a wrong code, the code stops working. Then you can get a new code.</source>
        <translation>Код працює лише недовго. Якщо хтось введе неправильний код, код перестане працювати. Тоді можна отримати новий код.</translation>
    </message>
    <message>
        <source>Only your helper can see</source>
        <translation>Бачить лише ваш помічник</translation>
    </message>
    <message>
        <source>Only the person who has your code can ask to see your screen. The picture of your screen is locked on the way. Only your helper&apos;s app can open it. Not even the people who run this service can see it.</source>
        <translation>Попросити показати екран може лише той, хто має ваш код. Зображення вашого екрана в дорозі замкнене. Відкрити його може лише програма помічника. Навіть ті, хто керує цією службою, його не бачать.</translation>
    </message>
    <message>
        <source>Watch out for tricks</source>
        <translation>Остерігайтеся обману</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust. A bank, the police or a company never calls you to ask for this code. If a stranger asks you to use this app, end the call. Never allow help while your online bank is open. Never tell anyone your bank codes or passwords.</source>
        <translation>Давайте код лише людині, яку знаєте і якій довіряєте. Банк, поліція чи фірма ніколи не телефонують, щоб спитати цей код. Якщо незнайомець просить вас відкрити цю програму, покладіть слухавку. Ніколи не дозволяйте допомогу, коли відкритий інтернет-банк. Нікому не кажіть свої банківські коди та паролі.</translation>
    </message>
    <message>
        <source>Your bank is protected</source>
        <translation>Ваш банк захищено</translation>
    </message>
    <message>
        <source>Some pages are protected, such as your online bank. There your helper cannot use your mouse or keyboard. Your helper can still see the page and point. The app knows the pages of Finnish banks, Suomi.fi, Kela, OmaKanta and OmaVero. You can protect any other window with the button Protect this window. When you type a password, your helper cannot type there or see it.</source>
        <translation>Деякі сторінки захищені, наприклад ваш інтернет-банк. Там помічник не може користуватися вашою мишею і клавіатурою. Помічник усе одно бачить сторінку і може показувати. Програма знає сторінки фінських банків, Suomi.fi, Kela, OmaKanta і OmaVero. Будь-яке інше вікно можна захистити кнопкою «Захистити це вікно». Коли ви вводите пароль, помічник не може туди друкувати і не бачить його.</translation>
    </message>
    <message>
        <source>A private moment</source>
        <translation>Особиста хвилина</translation>
    </message>
    <message>
        <source>Press Private moment when you want to do something alone. Your helper sees only a grey picture and cannot use your mouse or keyboard. Press Show again when you are ready.</source>
        <translation>Натисніть «Особиста хвилина», коли хочете зробити щось самі. Помічник бачить лише сіру картинку і не може користуватися мишею і клавіатурою. Натисніть «Показати знову», коли будете готові.</translation>
    </message>
    <message>
        <source>Your helper&apos;s mark</source>
        <translation>Знак вашого помічника</translation>
    </message>
    <message>
        <source>The app shows your helper&apos;s name and a mark of letters and numbers. The same helper always has the same mark. If the mark is new, ask your helper why.</source>
        <translation>Програма показує ім&apos;я помічника і знак із літер та цифр. В одного й того самого помічника завжди той самий знак. Якщо знак новий, запитайте помічника чому.</translation>
    </message>
    <message>
        <source>Who is your helper?</source>
        <translation>Хто вам допомагає?</translation>
    </message>
    <message>
        <source>Some helpers work for an organisation, such as your city or library. The organisation can confirm who they are. Then the app shows the name of the organisation in large letters. If the app says that we do not know who the person is, be careful. The app also tells you if this person has helped you before.</source>
        <translation>Деякі помічники працюють, наприклад, у вашому місті чи бібліотеці. Тоді місце роботи може підтвердити, хто вони. Програма показує назву місця роботи великими літерами. Якщо програма каже, що ми не знаємо цю людину, будьте обережні. Програма також каже, чи допомагала вам ця людина раніше.</translation>
    </message>
    <message>
        <source>If something is wrong</source>
        <translation>Якщо щось не так</translation>
    </message>
    <message>
        <source>If the app notices something strange, it stops at once. Then nobody sees your screen. You can get a new code and try again.</source>
        <translation>Якщо програма помічає щось дивне, вона одразу зупиняється. Тоді ніхто не бачить ваш екран. Можна отримати новий код і спробувати знову.</translation>
    </message>
    <message>
        <source>What the app cannot do</source>
        <translation>Чого програма не вміє</translation>
    </message>
    <message>
        <source>The app cannot protect you from a computer virus. If you think your computer has a virus, ask for help face to face.</source>
        <translation>Програма не захищає від комп&apos;ютерних вірусів. Якщо ви думаєте, що в комп&apos;ютері вірус, попросіть допомоги особисто.</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>Це безпечно?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>ScreenChoice</name>
    <message>
        <source>The screen on the left</source>
        <translation>Екран ліворуч</translation>
    </message>
    <message>
        <source>The screen on the right</source>
        <translation>Екран праворуч</translation>
    </message>
    <message>
        <source>The screen in the middle</source>
        <translation>Екран посередині</translation>
    </message>
    <message>
        <source>The screen at the top</source>
        <translation>Верхній екран</translation>
    </message>
    <message>
        <source>The screen at the bottom</source>
        <translation>Нижній екран</translation>
    </message>
    <message>
        <source>Your screen</source>
        <translation>Ваш екран</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Екран %1</translation>
    </message>
    <message>
        <source>Which screen may %1 see now?</source>
        <translation>Який екран %1 може бачити зараз?</translation>
    </message>
    <message>
        <source>Keep this screen</source>
        <translation>Залишити цей екран</translation>
    </message>
    <message>
        <source>Which screen may %1 see?</source>
        <translation>Який екран може бачити %1?</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>Не показувати</translation>
    </message>
    <message>
        <source>Press the picture of the screen to share.</source>
        <translation>Натисніть на зображення екрана, який хочете показати.</translation>
    </message>
    <message>
        <source>Share this screen.</source>
        <translation>Показати цей екран.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Protect this window</source>
        <translation>Захистити це вікно</translation>
    </message>
    <message>
        <source>Your helper cannot use the window you are using now</source>
        <translation>Помічник не зможе користуватися вікном, яке у вас зараз відкрите</translation>
    </message>
    <message>
        <source>Allow again</source>
        <translation>Дозволити знову</translation>
    </message>
    <message>
        <source>Show another screen</source>
        <translation>Показати інший екран</translation>
    </message>
    <message>
        <source>Your screen is shared</source>
        <translation>Ваш екран бачить помічник</translation>
    </message>
</context>
<context>
    <name>SharedScreen</name>
    <message>
        <source>They have one screen.</source>
        <translation>У людини один екран.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the left.</source>
        <translation>Ви бачите екран %1 з %2, лівий.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the right.</source>
        <translation>Ви бачите екран %1 з %2, правий.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one in the middle.</source>
        <translation>Ви бачите екран %1 з %2, середній.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the top.</source>
        <translation>Ви бачите екран %1 з %2, верхній.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the bottom.</source>
        <translation>Ви бачите екран %1 з %2, нижній.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2.</source>
        <translation>Ви бачите екран %1 з %2.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>{name} uses your mouse and keyboard.</source>
        <translation>{name} керує вашою мишею і клавіатурою.</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>{name} бачить ваш екран.</translation>
    </message>
    <message>
        <source>Take back control</source>
        <translation>Повернути керування</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>Припинити показувати екран</translation>
    </message>
    <message>
        <source>Move your own mouse if you want {name} to stop for a moment.</source>
        <translation>Поворушіть своєю мишею, якщо хочете, щоб {name} ненадовго зупинився(лася).</translation>
    </message>
    <message>
        <source>Private moment. {name} cannot see your screen.</source>
        <translation>Особиста хвилина. {name} не бачить ваш екран.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Показати знову</translation>
    </message>
    <message>
        <source>Show your screen again</source>
        <translation>Знову показати ваш екран</translation>
    </message>
    <message>
        <source>Private moment</source>
        <translation>Особиста хвилина</translation>
    </message>
    <message>
        <source>Hide your screen for a private moment</source>
        <translation>Сховати екран на особисту хвилину</translation>
    </message>
    <message>
        <source>Sharing is paused. {name} cannot see your screen.</source>
        <translation>Показ призупинено. {name} не бачить ваш екран.</translation>
    </message>
    <message>
        <source>Press Show again when you are ready.</source>
        <translation>Натисніть «Показати знову», коли будете готові.</translation>
    </message>
    <message>
        <source>{name} can point and draw on your screen to show you things.</source>
        <translation>{name} може показувати й малювати на вашому екрані.</translation>
    </message>
    <message>
        <source>{name} asks to use your mouse and keyboard.</source>
        <translation>{name} просить дозволу керувати вашою мишею і клавіатурою.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>Дозволяйте, лише якщо знаєте цю людину. Ніколи не дозволяйте, коли відкритий інтернет-банк.</translation>
    </message>
    <message>
        <source>Can {name} use your mouse and keyboard?</source>
        <translation>Чи може {name} керувати вашою мишею і клавіатурою?</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>Не дозволяти</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Дозволити</translation>
    </message>
    <message>
        <source>Do you want to keep sharing your screen?</source>
        <translation>Продовжити показувати екран?</translation>
    </message>
    <message>
        <source>Soon we will ask if you want to keep sharing your screen.</source>
        <translation>Незабаром ми спитаємо, чи хочете ви далі показувати екран.</translation>
    </message>
    <message>
        <source>Ask me again after this many &amp;minutes:</source>
        <translation>Спитати знову через стільки &amp;хвилин:</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>{name} helped you.</source>
        <translation>{name} допомагав(ла) вам.</translation>
    </message>
    <message numerus="yes">
        <source>{name} saw your screen for %n minutes.</source>
        <translation>
            <numerusform>{name} бачив(ла) ваш екран %n хвилину.</numerusform>
            <numerusform>{name} бачив(ла) ваш екран %n хвилини.</numerusform>
            <numerusform>{name} бачив(ла) ваш екран %n хвилин.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} used your mouse and keyboard for %n minutes.</source>
        <translation>
            <numerusform>{name} керував(ла) мишею і клавіатурою %n хвилину.</numerusform>
            <numerusform>{name} керував(ла) мишею і клавіатурою %n хвилини.</numerusform>
            <numerusform>{name} керував(ла) мишею і клавіатурою %n хвилин.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} did not use your mouse or keyboard.</source>
        <translation>{name} не керував(ла) вашою мишею і клавіатурою.</translation>
    </message>
    <message numerus="yes">
        <source>You had %n private moments.</source>
        <translation>
            <numerusform>У вас була %n особиста хвилина.</numerusform>
            <numerusform>У вас було %n особисті хвилини.</numerusform>
            <numerusform>У вас було %n особистих хвилин.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected page, like your bank, was open %n times. {name} could not use it.</source>
        <translation>
            <numerusform>Захищена сторінка, наприклад банк, була відкрита %n раз. {name} не міг нею користуватися.</numerusform>
            <numerusform>Захищена сторінка, наприклад банк, була відкрита %n рази. {name} не міг нею користуватися.</numerusform>
            <numerusform>Захищена сторінка, наприклад банк, була відкрита %n разів. {name} не міг нею користуватися.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterCall</name>
    <message>
        <source>Your computer did not allow the microphone.</source>
        <translation>Ваш комп&apos;ютер не дозволив використати мікрофон.</translation>
    </message>
    <message>
        <source>No microphone was found on your computer.</source>
        <translation>На вашому комп&apos;ютері не знайдено мікрофон.</translation>
    </message>
    <message>
        <source>No camera was found on your computer.</source>
        <translation>На вашому комп&apos;ютері не знайдено камеру.</translation>
    </message>
    <message>
        <source>Sound does not work on your computer now.</source>
        <translation>Звук зараз не працює на вашому комп&apos;ютері.</translation>
    </message>
    <message>
        <source>The person&apos;s camera</source>
        <translation>Камера людини</translation>
    </message>
    <message>
        <source>You can offer a call while you see the screen.</source>
        <translation>Запропонувати дзвінок можна, поки ви бачите екран.</translation>
    </message>
    <message>
        <source>Waiting for the person to answer your call…</source>
        <translation>Чекаємо, поки людина відповість на дзвінок…</translation>
    </message>
    <message>
        <source>The person paused the help. The call waits.</source>
        <translation>Людина поставила допомогу на паузу. Дзвінок чекає.</translation>
    </message>
    <message>
        <source>In a call. The person turned their microphone off.</source>
        <translation>Триває дзвінок. Людина вимкнула свій мікрофон.</translation>
    </message>
    <message>
        <source>In a call. Your microphone is off.</source>
        <translation>Триває дзвінок. Ваш мікрофон вимкнений.</translation>
    </message>
    <message>
        <source>In a call. The person hears you.</source>
        <translation>Триває дзвінок. Людина вас чує.</translation>
    </message>
    <message>
        <source>No call.</source>
        <translation>Дзвінка немає.</translation>
    </message>
    <message>
        <source>Offer a call</source>
        <translation>Запропонувати дзвінок</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>Увімкнути мій мікрофон</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>Вимкнути мій мікрофон</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Завершити дзвінок</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>Сховати мою камеру</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>Показати мою камеру</translation>
    </message>
</context>
<context>
    <name>SupporterEnded</name>
    <message>
        <source>You ended the session.</source>
        <translation>Ви завершили сеанс.</translation>
    </message>
    <message>
        <source>The person did not allow screen sharing.</source>
        <translation>Людина не дозволила показ екрана.</translation>
    </message>
    <message>
        <source>The person ended the session.</source>
        <translation>Людина завершила сеанс.</translation>
    </message>
    <message>
        <source>No one is waiting with this code. Ask the person to read the code again.</source>
        <translation>З цим кодом ніхто не чекає. Попросіть людину прочитати код ще раз.</translation>
    </message>
    <message>
        <source>This code is already in use. Ask for a new code.</source>
        <translation>Цей код уже використовується. Попросіть новий код.</translation>
    </message>
    <message>
        <source>The code did not match, so it no longer works. Ask the person for a new code.</source>
        <translation>Код не збігся і більше не діє. Попросіть у людини новий код.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new code.</source>
        <translation>Термін дії коду минув. Попросіть новий код.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation>Забагато спроб. Зачекайте хвилину і спробуйте знову.</translation>
    </message>
    <message>
        <source>This service lets in only supporters with a certificate from an organisation it trusts. Ask your organisation for a certificate and load it.</source>
        <translation>Цей сервіс пускає лише помічників із сертифікатом від організації, якій він довіряє. Попросіть сертифікат у своєї організації та завантажте його.</translation>
    </message>
    <message>
        <source>The session ended. Your organisation&apos;s confirmation is no longer valid. Ask your organisation.</source>
        <translation>Сеанс завершено. Підтвердження вашої організації більше не дійсне. Зверніться до своєї організації.</translation>
    </message>
    <message>
        <source>The connection failed a security check and was closed. Ask for a new code.</source>
        <translation>З&apos;єднання не пройшло перевірку безпеки і було закрите. Попросіть новий код.</translation>
    </message>
    <message>
        <source>Cannot reach the pairing server. Check the network and try again.</source>
        <translation>Сервер з&apos;єднання недоступний. Перевірте мережу і спробуйте знову.</translation>
    </message>
    <message>
        <source>The pairing server address starts with ws://, which is not protected. Use a wss:// address (ws:// only for a server on this computer).</source>
        <translation>Адреса сервера з&apos;єднання починається з ws:// і не захищена. Використовуйте адресу wss:// (ws:// лише для сервера на цьому комп&apos;ютері).</translation>
    </message>
    <message>
        <source>The pairing server ended the session: it was open too long or unused for too long. Ask the person for a new code to help again.</source>
        <translation>Сервер з&apos;єднання завершив сеанс: він був відкритий надто довго або надто довго не використовувався. Щоб допомогти знову, попросіть у людини новий код.</translation>
    </message>
    <message>
        <source>The connection took too long. Try again.</source>
        <translation>З&apos;єднання встановлювалося надто довго. Спробуйте знову.</translation>
    </message>
    <message>
        <source>The pairing server is busy or restarting. Try again in a minute.</source>
        <translation>Сервер з&apos;єднання зайнятий або перезапускається. Спробуйте за хвилину.</translation>
    </message>
    <message>
        <source>The pairing server does not support this version of the app. Update the app and try again.</source>
        <translation>Сервер з&apos;єднання не підтримує цю версію програми. Оновіть програму і спробуйте знову.</translation>
    </message>
    <message>
        <source>The pairing server refused a message before the apps were paired. Ask for a new code and try again.</source>
        <translation>Сервер з&apos;єднання відхилив повідомлення до з&apos;єднання програм. Попросіть новий код і спробуйте знову.</translation>
    </message>
    <message>
        <source>The connection was lost. Ask the person for a new code to continue.</source>
        <translation>З&apos;єднання втрачено. Щоб продовжити, попросіть у людини новий код.</translation>
    </message>
    <message>
        <source>The session ended. To help again, ask the person for a new code.</source>
        <translation>Сеанс завершено. Щоб допомогти знову, попросіть у людини новий код.</translation>
    </message>
</context>
<context>
    <name>SupporterHelp</name>
    <message>
        <source>1. Get the code</source>
        <translation>1. Отримайте код</translation>
    </message>
    <message>
        <source>Call the person first. They press Get help and read you a code of 13 digits. Type it here with your name and press Connect. The app notices most typing mistakes before it connects.</source>
        <translation>Спершу зателефонуйте людині. Вона натискає «Отримати допомогу» і читає вам код із 13 цифр. Введіть його тут разом зі своїм ім&apos;ям і натисніть «Під&apos;єднатися». Програма помічає більшість помилок ще до під&apos;єднання.</translation>
    </message>
    <message>
        <source>2. Wait for permission</source>
        <translation>2. Дочекайтеся дозволу</translation>
    </message>
    <message>
        <source>The person sees your name and your identity mark, and decides. Nothing is shown before they press Allow. A wrong code ends the code for good; ask for a new one.</source>
        <translation>Людина бачить ваше ім&apos;я та розпізнавальний знак і вирішує. Нічого не показується, доки вона не натисне «Дозволити». Неправильний код остаточно анулює код; попросіть новий.</translation>
    </message>
    <message>
        <source>3. Teach first</source>
        <translation>3. Спершу навчайте</translation>
    </message>
    <message>
        <source>Move the mouse over the picture to show your pointer on their screen. Drag to draw, click to say &quot;look here&quot;. Let the person do things themselves when they can.</source>
        <translation>Ведіть мишу над зображенням — ваш вказівник з&apos;явиться на екрані людини. Перетягуйте, щоб малювати; клацніть, щоб сказати «дивіться сюди». Нехай людина робить сама, коли може.</translation>
    </message>
    <message>
        <source>4. Mouse and keyboard</source>
        <translation>4. Миша і клавіатура</translation>
    </message>
    <message>
        <source>Press Ask for control only when teaching is not enough. The person must allow it separately and can take control back at any time. When they move their own mouse, your input waits.</source>
        <translation>Натискайте «Запросити керування», лише коли показу недостатньо. Людина має окремо це дозволити і може будь-коли повернути керування. Коли вона рухає своєю мишею, ваше введення чекає.</translation>
    </message>
    <message>
        <source>5. Ending</source>
        <translation>5. Завершення</translation>
    </message>
    <message>
        <source>The person can pause or stop at any moment. Press End session when you are done. Nothing stays open afterwards.</source>
        <translation>Людина може будь-коли призупинити або зупинити показ. Коли закінчите, натисніть «Завершити сеанс». Після цього нічого не лишається відкритим.</translation>
    </message>
    <message>
        <source>Keep the person safe</source>
        <translation>Бережіть людину</translation>
    </message>
    <message>
        <source>Never ask for passwords, bank codes or card numbers. Ask the person to close their online bank before you look. Remind them that no bank or authority ever calls to ask for this code.</source>
        <translation>Ніколи не питайте паролі, банківські коди чи номери карток. Попросіть людину закрити інтернет-банк, перш ніж дивитися. Нагадайте, що жоден банк чи орган влади ніколи не телефонує, щоб дізнатися цей код.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>SupporterIdentity</name>
    <message>
        <source>Your identity mark is {mark}. The person sees the same mark before they allow you.</source>
        <translation>Ваш розпізнавальний знак: {mark}. Людина бачить той самий знак, перш ніж дати дозвіл.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. No safe key store was found on this computer, so the mark lasts only until you close the app.</source>
        <translation>Ваш розпізнавальний знак: {mark}. На цьому комп&apos;ютері не знайдено надійного сховища ключів, тому знак діє лише до закриття програми.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The only key store here saves secrets as plain text, so it is not used and the mark lasts only until you close the app.</source>
        <translation>Ваш розпізнавальний знак: {mark}. Єдине сховище ключів тут зберігає секрети відкритим текстом, тому воно не використовується, і знак діє лише до закриття програми.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The saved key could not be read and was left as it is, so this mark lasts only until you close the app.</source>
        <translation>Ваш розпізнавальний знак: {mark}. Збережений ключ не вдалося прочитати, його залишено як є, тому цей знак діє лише до закриття програми.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The key store could not be opened, so the mark lasts only until you close the app.</source>
        <translation>Ваш розпізнавальний знак: {mark}. Сховище ключів не відкрилося, тому знак діє лише до закриття програми.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. It lasts only until you close the app.</source>
        <translation>Ваш розпізнавальний знак: {mark}. Він діє лише до закриття програми.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} has expired. Ask them for a new one.</source>
        <translation>Ваш сертифікат від {organisation} закінчився. Попросіть у них новий.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} is valid until {date}. The person sees that {organisation} has confirmed who you are.</source>
        <translation>Ваш сертифікат від {organisation} дійсний до {date}. Людина бачить, що {organisation} підтверджує, хто ви.</translation>
    </message>
</context>
<context>
    <name>SupporterReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Зв&apos;язок перервався. Пробуємо знову…</translation>
    </message>
    <message>
        <source>Your keys and buttons were released; control has ended.</source>
        <translation>Ваші клавіші та кнопки відпущено; керування завершено.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>Залишилося секунд: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. You see the screen; ask again if you need control.</source>
        <translation>Зв&apos;язок відновлено. Ви бачите екран; попросіть керування знову, якщо воно потрібне.</translation>
    </message>
</context>
<context>
    <name>SupporterRefused</name>
    <message>
        <source>The person has a protected page open, such as their online bank. Your mouse and keyboard do nothing there. You can still point and draw.</source>
        <translation>У людини відкрита захищена сторінка, наприклад інтернет-банк. Ваші миша і клавіатура там не діють. Ви й далі можете показувати і малювати.</translation>
    </message>
    <message>
        <source>The person is typing a password. Your keys are not used, and the field is hidden from your view.</source>
        <translation>Людина вводить пароль. Ваші клавіші не використовуються, а поле приховано від вас.</translation>
    </message>
    <message>
        <source>The person is doing something private.</source>
        <translation>Людина робить щось особисте.</translation>
    </message>
    <message>
        <source>You cannot use the buttons of the helper app on the other computer. To end the help, use End session in your own app.</source>
        <translation>Ви не можете натискати кнопки застосунку допомоги на іншому комп&apos;ютері. Щоб закінчити допомогу, натисніть «Завершити сеанс» у своєму застосунку.</translation>
    </message>
    <message>
        <source>This key combination is blocked on the other computer to keep it safe.</source>
        <translation>Це поєднання клавіш заблоковано на іншому комп&apos;ютері для безпеки.</translation>
    </message>
</context>
<context>
    <name>SupporterSteps</name>
    <message>
        <source>Connecting to the pairing server…</source>
        <translation>Під&apos;єднання до сервера з&apos;єднання…</translation>
    </message>
    <message>
        <source>Checking the code with the person&apos;s computer…</source>
        <translation>Перевірка коду з комп&apos;ютером людини…</translation>
    </message>
    <message>
        <source>Waiting for the person to allow you to see their screen…</source>
        <translation>Очікування, поки людина дозволить вам бачити екран…</translation>
    </message>
    <message>
        <source>Starting the screen view…</source>
        <translation>Запуск показу екрана…</translation>
    </message>
</context>
<context>
    <name>SupporterWindow</name>
    <message>
        <source>Assist – supporter</source>
        <translation>Assist – помічник</translation>
    </message>
    <message>
        <source>Help a person</source>
        <translation>Допомогти людині</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;ім&apos;я</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>Shown to the person</source>
        <translation>Його побачить людина</translation>
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
        <translation>Ваше ім&apos;я</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Під&apos;єднатися</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Завершити сеанс</translation>
    </message>
    <message>
        <source>Give control back</source>
        <translation>Повернути керування</translation>
    </message>
    <message>
        <source>Ask for control</source>
        <translation>Запросити керування</translation>
    </message>
    <message>
        <source>You control the person&apos;s mouse and keyboard. If they move their own mouse, you wait a moment. Ctrl+Alt+Home takes the keyboard back to this window.</source>
        <translation>Ви керуєте мишею і клавіатурою людини. Якщо вона рухає своєю мишею, ви трохи чекаєте. Ctrl+Alt+Home повертає клавіатуру в це вікно.</translation>
    </message>
    <message>
        <source>The person is doing something private. You will see the screen again when they are ready.</source>
        <translation>Людина робить щось особисте. Ви знову побачите екран, коли вона буде готова.</translation>
    </message>
    <message>
        <source>Your name looks like a helper mark. Write your name without groups of letters and numbers like 7F3A-91C2.</source>
        <translation>Ваше ім&apos;я схоже на знак помічника. Напишіть ім&apos;я без груп літер і цифр на кшталт 7F3A-91C2.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Людина</translation>
    </message>
    <message>
        <source>The person&apos;s screen</source>
        <translation>Екран людини</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Сеанс завершено</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новий сеанс</translation>
    </message>
    <message>
        <source>Waiting for the person to allow control…</source>
        <translation>Очікування дозволу на керування…</translation>
    </message>
    <message>
        <source>You see the person&apos;s screen. Point with the mouse; drag to draw; click to say &quot;look here&quot;.</source>
        <translation>Ви бачите екран людини. Показуйте мишею; перетягуйте, щоб малювати; клацніть, щоб сказати «дивіться сюди».</translation>
    </message>
    <message>
        <source>The code looks right.</source>
        <translation>Код виглядає правильно.</translation>
    </message>
    <message>
        <source>The code has 13 digits.</source>
        <translation>У коді 13 цифр.</translation>
    </message>
    <message>
        <source>The code has only digits.</source>
        <translation>У коді лише цифри.</translation>
    </message>
    <message>
        <source>This code has a typo. Check the digits with the person.</source>
        <translation>У коді помилка. Перевірте цифри разом із людиною.</translation>
    </message>
</context>
</TS>
