<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AddOrganisation</name>
    <message>
        <source>Add an organisation</source>
        <translation>إضافة جهة</translation>
    </message>
    <message>
        <source>Do you want to trust {organisation}?</source>
        <translation>هل تثق بـ {organisation}؟</translation>
    </message>
    <message>
        <source>Then the app can tell you when a helper works for {organisation}.</source>
        <translation>عندها يمكن للتطبيق أن يخبرك عندما يعمل مساعد لدى {organisation}.</translation>
    </message>
    <message>
        <source>Say yes only if {organisation} gave you this file themselves.</source>
        <translation>قل نعم فقط إذا أعطتك {organisation} هذا الملف بنفسها.</translation>
    </message>
    <message>
        <source>Their mark is {mark}. Ask them to read their mark to you.</source>
        <translation>علامتهم هي {mark}. اطلب منهم أن يقرؤوا علامتهم لك.</translation>
    </message>
    <message>
        <source>Yes, trust them</source>
        <translation>نعم، أثق بهم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>This file is not from an organisation. Nothing was changed.</source>
        <translation>هذا الملف ليس من جهة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Did an organisation give you a file? Then you can add the organisation here.</source>
        <translation>هل أعطتك جهة ملفًا؟ يمكنك إذن إضافة الجهة هنا.</translation>
    </message>
    <message>
        <source>Files from an organisation</source>
        <translation>ملفات من جهة</translation>
    </message>
    <message>
        <source>Done. The app now trusts {organisation}.</source>
        <translation>تم. التطبيق يثق الآن بـ {organisation}.</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>النص والألوان</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>&amp;Write a message</source>
        <translation>ا&amp;كتب رسالة</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>اكتب رسالة</translation>
    </message>
    <message>
        <source>{who} wrote: {message}</source>
        <translation>كتب {who}: {message}</translation>
    </message>
</context>
<context>
    <name>CodeCountdown</name>
    <message numerus="yes">
        <source>The code works for %n more minutes.</source>
        <translation>
            <numerusform>انتهى وقت الرمز.</numerusform>
            <numerusform>يعمل الرمز دقيقة واحدة أخرى.</numerusform>
            <numerusform>يعمل الرمز دقيقتين أخريين.</numerusform>
            <numerusform>يعمل الرمز %n دقائق أخرى.</numerusform>
            <numerusform>يعمل الرمز %n دقيقة أخرى.</numerusform>
            <numerusform>يعمل الرمز %n دقيقة أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>لا يمكن تشغيل هذا التطبيق</translation>
    </message>
    <message>
        <source>The settings that came with this app have a mistake. Please tell the people who gave you this app.</source>
        <translation>في الإعدادات التي جاءت مع هذا التطبيق خطأ. أخبر الأشخاص الذين أعطوك هذا التطبيق.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>We do not know who this person is.</source>
        <translation>لا نعرف من هو هذا الشخص.</translation>
    </message>
    <message>
        <source>They can move your mouse and click on anything.</source>
        <translation>يمكنه تحريك الفأرة والنقر على أي شيء.</translation>
    </message>
    <message>
        <source>They can type on your keyboard.</source>
        <translation>يمكنه الكتابة بلوحة المفاتيح.</translation>
    </message>
    <message>
        <source>They can open your files, your email and your programs.</source>
        <translation>يمكنه فتح ملفاتك وبريدك الإلكتروني وبرامجك.</translation>
    </message>
    <message>
        <source>Never allow this while your online bank is open.</source>
        <translation>لا تسمح بهذا أبدًا عندما يكون حسابك البنكي على الإنترنت مفتوحًا.</translation>
    </message>
    <message>
        <source>{organisation} has confirmed who this person is.</source>
        <translation>{organisation} أكدت من هو هذا الشخص.</translation>
    </message>
    <message>
        <source>We do not know who this person is. Companies and authorities never call you to ask for this.</source>
        <translation>لا نعرف من هو هذا الشخص. الشركات والجهات الرسمية لا تتصل بك أبدًا لتطلب هذا.</translation>
    </message>
    <message>
        <source>Did you call them, or did they call you?</source>
        <translation>هل اتصلت أنت به، أم هو اتصل بك؟</translation>
    </message>
    <message>
        <source>I called them</source>
        <translation>أنا اتصلت به</translation>
    </message>
    <message>
        <source>They called me</source>
        <translation>هو اتصل بي</translation>
    </message>
    <message>
        <source>Take a moment to think. Then you can answer.</source>
        <translation>فكّر لحظة. بعدها يمكنك الإجابة.</translation>
    </message>
    <message>
        <source>Someone calls themselves {name}, but it is not the {name} who helped you before.</source>
        <translation>شخص يسمي نفسه {name}، لكنه ليس {name} الذي ساعدك من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has helped you %n times.</source>
        <translation>
            <numerusform>{name} ساعدك %n مرة.</numerusform>
            <numerusform>{name} ساعدك مرة واحدة.</numerusform>
            <numerusform>{name} ساعدك مرتين.</numerusform>
            <numerusform>{name} ساعدك %n مرات.</numerusform>
            <numerusform>{name} ساعدك %n مرة.</numerusform>
            <numerusform>{name} ساعدك %n مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the first time this person helps you.</source>
        <translation>هذه أول مرة يساعدك فيها هذا الشخص.</translation>
    </message>
</context>
<context>
    <name>DesktopProblem</name>
    <message>
        <source>This app cannot start</source>
        <translation>لا يمكن تشغيل هذا التطبيق</translation>
    </message>
    <message>
        <source>This app cannot show your screen on this computer. Please tell the people who gave you this app.</source>
        <translation>لا يستطيع هذا التطبيق عرض شاشتك على هذا الحاسوب. من فضلك أخبر من أعطاك هذا التطبيق.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>DesktopQuestion</name>
    <message>
        <source>Your computer will ask you too</source>
        <translation>سيسألك حاسوبك أيضًا</translation>
    </message>
    <message>
        <source>Your computer will now ask you too. Press Share. Then your helper can see your screen. Tick the box too if your helper may use your mouse later.</source>
        <translation>سيسألك حاسوبك الآن أيضًا. اضغط «مشاركة». بعدها يرى مساعدك شاشتك. ضع علامة في المربع أيضًا إذا كان مساعدك قد يستخدم الفأرة لاحقًا.</translation>
    </message>
    <message>
        <source>Your screen is not shared</source>
        <translation>شاشتك غير معروضة</translation>
    </message>
    <message>
        <source>You pressed Cancel on your computer&apos;s question. Your helper sees nothing. You can get a new code and try again.</source>
        <translation>ضغطت «إلغاء» عندما سألك حاسوبك. مساعدك لا يرى شيئًا. يمكنك أخذ رمز جديد والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Your computer stopped showing your screen. Your helper sees nothing now. You can get a new code if you need more help.</source>
        <translation>توقف حاسوبك عن عرض شاشتك. مساعدك لا يرى شيئًا الآن. يمكنك أخذ رمز جديد إذا احتجت إلى مساعدة أخرى.</translation>
    </message>
    <message>
        <source>Your computer did not let this app show your screen. Your helper sees nothing. Please tell the people who gave you this app.</source>
        <translation>لم يسمح حاسوبك لهذا التطبيق بعرض شاشتك. مساعدك لا يرى شيئًا. من فضلك أخبر من أعطاك هذا التطبيق.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>Text and colours</source>
        <translation>النص والألوان</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>Very large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Black text on white</source>
        <translation>نص أسود على أبيض</translation>
    </message>
    <message>
        <source>White text on black</source>
        <translation>نص أبيض على أسود</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What this app does</source>
        <translation>ماذا يفعل هذا التطبيق</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. They can show you how to do things. You decide what they see.</source>
        <translation>يمكن لشخص تثق به أن يرى شاشتك ويساعدك. يمكنه أن يريك كيف تفعل الأشياء. أنت تقرر ماذا يرى.</translation>
    </message>
    <message>
        <source>1. Call your helper</source>
        <translation>1. اتصل بمساعدك</translation>
    </message>
    <message>
        <source>First call your helper on the phone. Your helper can be a relative or a worker from a help service.</source>
        <translation>اتصل أولاً بمساعدك بالهاتف. يمكن أن يكون المساعد قريبًا لك. ويمكن أن يكون موظفًا في خدمة مساعدة.</translation>
    </message>
    <message>
        <source>2. Read the code</source>
        <translation>2. اقرأ الرمز</translation>
    </message>
    <message>
        <source>Press Get help. The app shows a code with many numbers. Read the numbers to your helper on the phone.</source>
        <translation>اضغط على اطلب المساعدة. يعرض التطبيق رمزًا فيه أرقام كثيرة. اقرأ الأرقام لمساعدك بالهاتف.</translation>
    </message>
    <message>
        <source>3. You decide</source>
        <translation>3. أنت تقرر</translation>
    </message>
    <message>
        <source>Your helper types the code. Then the app asks you a question. Can your helper see your screen? Press Allow only if you know the person.</source>
        <translation>يكتب المساعد الرمز. ثم يسألك التطبيق سؤالاً. هل يمكن للمساعد أن يرى شاشتك؟ اضغط على اسمح فقط إذا كنت تعرف هذا الشخص.</translation>
    </message>
    <message>
        <source>4. Your helper shows you</source>
        <translation>4. المساعد يريك</translation>
    </message>
    <message>
        <source>Your helper sees your screen. Your helper can point and draw on your screen. Your helper may ask to use your mouse and keyboard. You can say yes or no.</source>
        <translation>يرى المساعد شاشتك. يمكنه أن يشير ويرسم على شاشتك. قد يطلب استخدام الفأرة ولوحة المفاتيح. يمكنك أن تقول نعم أو لا.</translation>
    </message>
    <message>
        <source>5. Stop at any time</source>
        <translation>5. توقف متى شئت</translation>
    </message>
    <message>
        <source>Press Stop when you want. Then your helper sees nothing. While your helper sees your screen, a Stop button stays at the top.</source>
        <translation>اضغط على إيقاف متى أردت. عندها لا يرى المساعد شيئًا. عندما يرى المساعد شاشتك يبقى زر إيقاف في الأعلى دائمًا.</translation>
    </message>
    <message>
        <source>Try it first</source>
        <translation>جرّب أولاً</translation>
    </message>
    <message>
        <source>You can practise without a real helper. Press Practise first on the first screen. Nothing you do there is real.</source>
        <translation>يمكنك التدرب بدون مساعد حقيقي. اضغط على تدرّب أولاً في الصفحة الأولى. لا شيء هناك حقيقي.</translation>
    </message>
    <message>
        <source>Help face to face</source>
        <translation>المساعدة وجهًا لوجه</translation>
    </message>
    <message>
        <source>This app does not replace help face to face. You can always visit a service point and ask for help there.</source>
        <translation>هذا التطبيق لا يحل محل المساعدة وجهًا لوجه. يمكنك دائمًا أن تذهب إلى مكتب خدمة وتطلب المساعدة هناك.</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>كيف يعمل هذا؟</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past help</source>
        <translation>المساعدات السابقة</translation>
    </message>
    <message>
        <source>This list is only on this computer. You can delete it.</source>
        <translation>هذه القائمة موجودة على هذا الحاسوب فقط. يمكنك حذفها.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>لا يوجد شيء هنا.</translation>
    </message>
    <message>
        <source>Keep the chat in this list</source>
        <translation>احتفظ بالمحادثة في هذه القائمة</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>حذف الكل</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>HomeCall</name>
    <message>
        <source>The computer did not allow the microphone. You can still write in the chat.</source>
        <translation>لم يسمح الحاسوب باستخدام الميكروفون. يمكنك الكتابة في الدردشة.</translation>
    </message>
    <message>
        <source>No camera was found. Your helper can still hear you.</source>
        <translation>لم يتم العثور على كاميرا. مساعدك ما زال يسمعك.</translation>
    </message>
    <message>
        <source>No microphone was found. You can still write in the chat.</source>
        <translation>لم يتم العثور على ميكروفون. يمكنك الكتابة في الدردشة.</translation>
    </message>
    <message>
        <source>Sound does not work on this computer now. You can still write in the chat.</source>
        <translation>الصوت لا يعمل على هذا الحاسوب الآن. يمكنك الكتابة في الدردشة.</translation>
    </message>
    <message>
        <source>Your helper</source>
        <translation>مساعدك</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>مكالمة مع {name}</translation>
    </message>
    <message>
        <source>{name} wants to talk with you through the computer. You can then put the phone down.</source>
        <translation>{name} يريد التحدث معك عبر الحاسوب. بعدها يمكنك وضع الهاتف جانبًا.</translation>
    </message>
    <message>
        <source>Your microphone stays off until you choose Talk.</source>
        <translation>يبقى الميكروفون مغلقًا حتى تختار «تحدث».</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>تحدث</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>You see {name} on their camera.</source>
        <translation>ترى {name} عبر الكاميرا.</translation>
    </message>
    <message>
        <source>{name} has no camera on.</source>
        <translation>كاميرا {name} غير مشغلة.</translation>
    </message>
    <message>
        <source>● Your microphone is on. {name} hears you.</source>
        <translation>● الميكروفون مفتوح. {name} يسمعك.</translation>
    </message>
    <message>
        <source>The call waits while the help is paused.</source>
        <translation>المكالمة تنتظر ما دامت المساعدة متوقفة مؤقتًا.</translation>
    </message>
    <message>
        <source>Your microphone is off.</source>
        <translation>الميكروفون مغلق.</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>شغّل الميكروفون</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>أغلق الميكروفون</translation>
    </message>
    <message>
        <source>● {name} sees you on your camera.</source>
        <translation>● {name} يراك عبر الكاميرا.</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>أخفِ الكاميرا</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>أظهر الكاميرا</translation>
    </message>
    <message>
        <source>Say something — the bar moves.</source>
        <translation>قل شيئًا — الشريط يتحرك.</translation>
    </message>
    <message>
        <source>How loud your microphone is</source>
        <translation>مستوى صوت الميكروفون</translation>
    </message>
    <message>
        <source>Test my microphone</source>
        <translation>اختبر الميكروفون</translation>
    </message>
    <message>
        <source>Make smaller</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Make bigger</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>إنهاء المكالمة</translation>
    </message>
    <message>
        <source>The call ended because the connection was lost. {name} can call you again.</source>
        <translation>انتهت المكالمة لأن الاتصال انقطع. يمكن أن يتصل بك {name} مرة أخرى.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The computer&apos;s usual microphone</source>
        <translation>الميكروفون المعتاد في الحاسوب</translation>
    </message>
    <message>
        <source>The computer&apos;s usual speaker</source>
        <translation>السماعة المعتادة في الحاسوب</translation>
    </message>
    <message>
        <source>The computer&apos;s usual camera</source>
        <translation>الكاميرا المعتادة في الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>ال&amp;ميكروفون:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>ال&amp;سماعة:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>ال&amp;كاميرا:</translation>
    </message>
</context>
<context>
    <name>HomeEnded</name>
    <message>
        <source>You stopped the help. Nobody sees your screen now.</source>
        <translation>أوقفت المساعدة. لا أحد يرى شاشتك الآن.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen.</source>
        <translation>قلت لا. لا أحد يرى شاشتك.</translation>
    </message>
    <message>
        <source>You said no. Nobody sees your screen. End the call now. This may be a trick. Do not give anyone a code or your bank codes. If you are worried, call a person you know.</source>
        <translation>لقد رفضت. لا أحد يرى شاشتك. أنهِ المكالمة الآن. قد تكون هذه خدعة. لا تعطِ أحدًا رمزًا ولا رموز البنك. إذا كنت قلقًا، اتصل بشخص تعرفه.</translation>
    </message>
    <message>
        <source>The organisation no longer confirms who your helper is. So we stopped the help. Nobody sees your screen now.</source>
        <translation>الجهة لم تعد تؤكد من هو مساعدك. لذلك أوقفنا المساعدة. لا أحد يرى شاشتك الآن.</translation>
    </message>
    <message>
        <source>Your helper ended the help. Nobody sees your screen now.</source>
        <translation>أنهى المساعد المساعدة. لا أحد يرى شاشتك الآن.</translation>
    </message>
    <message>
        <source>The code did not work. Get a new code and read it to your helper again.</source>
        <translation>الرمز لم يعمل. اطلب رمزًا جديدًا واقرأه لمساعدك مرة أخرى.</translation>
    </message>
    <message>
        <source>The code is too old. You can get a new code.</source>
        <translation>الرمز قديم جدًا. يمكنك أن تطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>This took too long. You can get a new code.</source>
        <translation>استغرق هذا وقتًا طويلاً. يمكنك أن تطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Something was wrong, so we stopped to keep you safe. You can get a new code.</source>
        <translation>كان هناك خطأ. أوقفنا كل شيء لحمايتك. يمكنك أن تطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>We could not connect. Check that the internet works and try again.</source>
        <translation>لم نتمكن من الاتصال. تأكد أن الإنترنت يعمل وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This app is not set up to connect safely, so it did not connect. Ask the person who set up your computer to fix it.</source>
        <translation>هذا التطبيق غير مضبوط للاتصال بأمان، لذلك لم يتصل. اطلب من الشخص الذي جهّز حاسوبك أن يصلح ذلك.</translation>
    </message>
    <message>
        <source>The help went on for a very long time, so it ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>استمرت المساعدة وقتًا طويلًا جدًا، لذلك انتهت. لا أحد يرى شاشتك الآن. إذا كنت ما زلت تحتاج إلى مساعدة فاطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>The help service is busy now. Please try again soon.</source>
        <translation>خدمة المساعدة مشغولة الآن. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>This app is too old to get help. Ask your helper how to get the new version.</source>
        <translation>هذا التطبيق قديم جدًا. اسأل مساعدك كيف تحصل على النسخة الجديدة.</translation>
    </message>
    <message>
        <source>The connection broke. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>انقطع الاتصال. لا أحد يرى شاشتك الآن. إذا كنت ما زلت تحتاج إلى مساعدة فاطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>The help has ended. Nobody sees your screen now. You can get a new code if you still need help.</source>
        <translation>انتهت المساعدة. لا أحد يرى شاشتك الآن. إذا كنت ما زلت تحتاج إلى مساعدة فاطلب رمزًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>HomeReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>انقطع الاتصال. نحاول مرة أخرى…</translation>
    </message>
    <message>
        <source>Your helper cannot use your mouse and keyboard now.</source>
        <translation>لا يستطيع مساعدك الآن استخدام الفأرة ولوحة المفاتيح.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>الثواني المتبقية: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. Your helper sees your screen. They must ask again to use your mouse.</source>
        <translation>عاد الاتصال. يرى مساعدك شاشتك. يجب أن يسألك مرة أخرى ليستخدم الفأرة.</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>Get help</source>
        <translation>اطلب المساعدة</translation>
    </message>
    <message>
        <source>Get help with your computer</source>
        <translation>مساعدة في استخدام الحاسوب</translation>
    </message>
    <message>
        <source>A person you trust can see your screen and help you. You decide what they see.</source>
        <translation>يمكن لشخص تثق به أن يرى شاشتك ويساعدك. أنت تقرر ماذا يرى.</translation>
    </message>
    <message>
        <source>This app comes from {organisation}.</source>
        <translation>هذا التطبيق من {organisation}.</translation>
    </message>
    <message>
        <source>This app keeps nothing on this computer after you close it.</source>
        <translation>لا يحفظ هذا التطبيق أي شيء على هذا الحاسوب بعد أن تغلقه.</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>اقرأ هذا الرمز لمساعدك.</translation>
    </message>
    <message>
        <source>Your code is {code}.</source>
        <translation>رمزك هو {code}.</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust.</source>
        <translation>أعطِ الرمز فقط لشخص تعرفه وتثق به.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Your helper typed the code. Please wait a moment.</source>
        <translation>كتب مساعدك الرمز. انتظر قليلاً من فضلك.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>يريد {name} أن يرى شاشتك.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>اسمح بهذا فقط إذا كنت تعرف هذا الشخص. لا تسمح به أبدًا والبنك الإلكتروني مفتوح.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>هل يمكن أن يرى {name} شاشتك؟</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>اسمح</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>لا تسمح</translation>
    </message>
    <message>
        <source>Past help</source>
        <translation>المساعدات السابقة</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>هل هذا آمن؟</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>كيف يعمل هذا؟</translation>
    </message>
    <message>
        <source>Practise first</source>
        <translation>تدرّب أولاً</translation>
    </message>
    <message>
        <source>Helper mark: {mark}. The same helper always has the same mark.</source>
        <translation>علامة المساعد: {mark}. للمساعد نفسه العلامة نفسها دائمًا.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>The help has ended</source>
        <translation>انتهت المساعدة</translation>
    </message>
    <message>
        <source>Get help again</source>
        <translation>اطلب المساعدة مرة أخرى</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Maria</source>
        <comment>the pretend helper&apos;s name in practice mode</comment>
        <translation>ماريا</translation>
    </message>
    <message>
        <source>Practice. This is not real help. Nobody sees your screen.</source>
        <translation>تدريب. هذه ليست مساعدة حقيقية. لا أحد يرى شاشتك.</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>إنهاء التدريب</translation>
    </message>
    <message>
        <source>Practise getting help</source>
        <translation>تدرّب على طلب المساعدة</translation>
    </message>
    <message>
        <source>Here you can try how getting help works. A pretend helper called {name} helps you. Nothing here is real. You cannot make a mistake.</source>
        <translation>هنا يمكنك أن تجرب كيف تحصل على المساعدة. تساعدك مساعدة تمثيلية اسمها {name}. لا شيء هنا حقيقي. لا يمكنك أن تخطئ.</translation>
    </message>
    <message>
        <source>Start practice</source>
        <translation>ابدأ التدريب</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Read this code to your helper.</source>
        <translation>اقرأ هذا الرمز لمساعدك.</translation>
    </message>
    <message>
        <source>The practice code is {code}.</source>
        <translation>رمز التدريب هو {code}.</translation>
    </message>
    <message>
        <source>In real help, you read the code to your helper on the phone. Now you only pretend. Press the button when you are ready.</source>
        <translation>في المساعدة الحقيقية تقرأ الرمز لمساعدك بالهاتف. الآن أنت تتظاهر فقط. اضغط على الزر عندما تكون جاهزًا.</translation>
    </message>
    <message>
        <source>I read the code</source>
        <translation>قرأت الرمز</translation>
    </message>
    <message>
        <source>{name} typed the code. Please wait a moment.</source>
        <translation>كتبت {name} الرمز. انتظر قليلاً من فضلك.</translation>
    </message>
    <message>
        <source>{name} wants to see your screen.</source>
        <translation>تريد {name} أن ترى شاشتك.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>اسمح بهذا فقط إذا كنت تعرف هذا الشخص. لا تسمح به أبدًا والبنك الإلكتروني مفتوح.</translation>
    </message>
    <message>
        <source>Can {name} see your screen?</source>
        <translation>هل يمكن أن ترى {name} شاشتك؟</translation>
    </message>
    <message>
        <source>This is practice. You can press either button.</source>
        <translation>هذا تدريب. يمكنك الضغط على أي زر.</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>لا تسمح</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>اسمح</translation>
    </message>
    <message>
        <source>You said no.</source>
        <translation>قلت لا.</translation>
    </message>
    <message>
        <source>That is right if you do not know the person. In real help, nobody sees your screen now.</source>
        <translation>هذا صحيح إذا كنت لا تعرف الشخص. في المساعدة الحقيقية لا أحد يرى شاشتك الآن.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>ترى {name} شاشتك.</translation>
    </message>
    <message>
        <source>Look at your screen. {name} shows you things with a pointer.</source>
        <translation>انظر إلى شاشتك. تريك {name} الأشياء بمؤشر.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>أوقف مشاركة شاشتك</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>أحسنت!</translation>
    </message>
    <message>
        <source>You stopped the help. Nobody sees your screen now. You can stop real help in the same way.</source>
        <translation>أوقفت المساعدة. لا أحد يرى شاشتك الآن. يمكنك إيقاف المساعدة الحقيقية بالطريقة نفسها.</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>تدرّب مرة أخرى</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <source>{name} says: Now press Stop. You can always stop like this.</source>
        <translation>تقول {name}: اضغط الآن على إيقاف. يمكنك دائمًا أن توقف هكذا.</translation>
    </message>
    <message>
        <source>{name} says: Hello! Can you see my pointer? It shows where I look.</source>
        <translation>تقول {name}: مرحبًا! هل ترى مؤشري؟ إنه يبيّن أين أنظر.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>You logged in. Can {name} use your mouse and keyboard again?</source>
        <translation>لقد سجّلت الدخول. هل يمكن أن يستخدم {name} الفأرة ولوحة المفاتيح مرة أخرى؟</translation>
    </message>
    <message>
        <source>{name} cannot see this page or use your mouse and keyboard.</source>
        <translation>لا يرى {name} هذه الصفحة ولا يستطيع استخدام الفأرة ولوحة المفاتيح.</translation>
    </message>
    <message>
        <source>{name} cannot use your mouse or keyboard while this page is open. {name} can still see and point.</source>
        <translation>لا يستطيع {name} استخدام الفأرة أو لوحة المفاتيح ما دامت هذه الصفحة مفتوحة. ما زال {name} يرى ويستطيع أن يشير.</translation>
    </message>
    <message>
        <source>You are typing a password. {name} cannot see it.</source>
        <translation>أنت تكتب كلمة مرور. لا يستطيع {name} أن يراها.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>You decide</source>
        <translation>أنت تقرر</translation>
    </message>
    <message>
        <source>Nobody sees your screen before you click Allow. You can stop at any time with the Stop button. After that, your helper sees nothing.</source>
        <translation>لا أحد يرى شاشتك قبل أن تضغط على اسمح. يمكنك أن توقف كل شيء في أي وقت بزر إيقاف. بعد ذلك لا يرى المساعد شيئًا.</translation>
    </message>
    <message>
        <source>The code works only once</source>
        <translation>الرمز يعمل مرة واحدة فقط</translation>
    </message>
    <message>
        <source>The code works only for a short time. If someone types a wrong code, the code stops working. Then you can get a new code.</source>
        <translation>الرمز يعمل لوقت قصير فقط. إذا كتب أحد رمزًا خاطئًا يتوقف الرمز عن العمل. عندها يمكنك أن تطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Only your helper can see</source>
        <translation>مساعدك فقط يستطيع أن يرى</translation>
    </message>
    <message>
        <source>Only the person who has your code can ask to see your screen. The picture of your screen is locked on the way. Only your helper&apos;s app can open it. Not even the people who run this service can see it.</source>
        <translation>فقط الشخص الذي معه رمزك يستطيع أن يطلب رؤية شاشتك. صورة شاشتك مقفلة في الطريق. فقط تطبيق مساعدك يستطيع أن يفتحها. حتى الذين يديرون هذه الخدمة لا يستطيعون رؤيتها.</translation>
    </message>
    <message>
        <source>Watch out for tricks</source>
        <translation>احذر من الخداع</translation>
    </message>
    <message>
        <source>Give the code only to a person you know and trust. A bank, the police or a company never calls you to ask for this code. If a stranger asks you to use this app, end the call. Never allow help while your online bank is open. Never tell anyone your bank codes or passwords.</source>
        <translation>أعطِ الرمز فقط لشخص تعرفه وتثق به. البنك أو الشرطة أو أي شركة لا تتصل بك أبدًا لتطلب هذا الرمز. إذا طلب منك شخص غريب أن تستخدم هذا التطبيق فأنهِ المكالمة. لا تسمح بالمساعدة أبدًا والبنك الإلكتروني مفتوح. لا تخبر أحدًا أبدًا برموز البنك أو كلمات المرور.</translation>
    </message>
    <message>
        <source>Your bank is protected</source>
        <translation>بنكك محمي</translation>
    </message>
    <message>
        <source>Some pages are protected, such as your online bank. There your helper cannot use your mouse or keyboard. Your helper can still see the page and point. The app knows the pages of Finnish banks, Suomi.fi, Kela, OmaKanta and OmaVero. You can protect any other window with the button Protect this window. When you type a password, your helper cannot type there or see it.</source>
        <translation>بعض الصفحات محمية، مثل بنكك على الإنترنت. هناك لا يستطيع مساعدك استخدام الفأرة أو لوحة المفاتيح. ما زال مساعدك يرى الصفحة ويستطيع أن يشير. يعرف التطبيق صفحات البنوك الفنلندية وSuomi.fi وKela وOmaKanta وOmaVero. يمكنك حماية أي نافذة أخرى بزر احمِ هذه النافذة. عندما تكتب كلمة مرور، لا يستطيع مساعدك الكتابة هناك ولا رؤيتها.</translation>
    </message>
    <message>
        <source>A private moment</source>
        <translation>لحظة خاصة</translation>
    </message>
    <message>
        <source>Press Private moment when you want to do something alone. Your helper sees only a grey picture and cannot use your mouse or keyboard. Press Show again when you are ready.</source>
        <translation>اضغط لحظة خاصة عندما تريد أن تفعل شيئًا وحدك. يرى مساعدك صورة رمادية فقط ولا يستطيع استخدام الفأرة أو لوحة المفاتيح. اضغط اعرض مرة أخرى عندما تكون مستعدًا.</translation>
    </message>
    <message>
        <source>Your helper&apos;s mark</source>
        <translation>علامة مساعدك</translation>
    </message>
    <message>
        <source>The app shows your helper&apos;s name and a mark of letters and numbers. The same helper always has the same mark. If the mark is new, ask your helper why.</source>
        <translation>يعرض التطبيق اسم مساعدك وعلامة من حروف وأرقام. للمساعد نفسه العلامة نفسها دائمًا. إذا كانت العلامة جديدة فاسأل مساعدك لماذا.</translation>
    </message>
    <message>
        <source>Who is your helper?</source>
        <translation>من الذي يساعدك؟</translation>
    </message>
    <message>
        <source>Some helpers work for an organisation, such as your city or library. The organisation can confirm who they are. Then the app shows the name of the organisation in large letters. If the app says that we do not know who the person is, be careful. The app also tells you if this person has helped you before.</source>
        <translation>بعض المساعدين يعملون لدى جهة، مثل مدينتك أو المكتبة. هذه الجهة يمكنها أن تؤكد من هم. عندها يعرض التطبيق اسم الجهة بحروف كبيرة. إذا قال التطبيق إننا لا نعرف من هو الشخص، فكن حذرًا. يخبرك التطبيق أيضًا إن كان هذا الشخص قد ساعدك من قبل.</translation>
    </message>
    <message>
        <source>If something is wrong</source>
        <translation>إذا كان هناك خطأ</translation>
    </message>
    <message>
        <source>If the app notices something strange, it stops at once. Then nobody sees your screen. You can get a new code and try again.</source>
        <translation>إذا لاحظ التطبيق شيئًا غريبًا يتوقف فورًا. عندها لا أحد يرى شاشتك. يمكنك أن تطلب رمزًا جديدًا وتحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>What the app cannot do</source>
        <translation>ما لا يستطيع التطبيق فعله</translation>
    </message>
    <message>
        <source>The app cannot protect you from a computer virus. If you think your computer has a virus, ask for help face to face.</source>
        <translation>لا يستطيع التطبيق أن يحميك من فيروسات الحاسوب. إذا ظننت أن في حاسوبك فيروسًا فاطلب المساعدة وجهًا لوجه.</translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <translation>هل هذا آمن؟</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ScreenChoice</name>
    <message>
        <source>The screen on the left</source>
        <translation>الشاشة على اليسار</translation>
    </message>
    <message>
        <source>The screen on the right</source>
        <translation>الشاشة على اليمين</translation>
    </message>
    <message>
        <source>The screen in the middle</source>
        <translation>الشاشة في الوسط</translation>
    </message>
    <message>
        <source>The screen at the top</source>
        <translation>الشاشة في الأعلى</translation>
    </message>
    <message>
        <source>The screen at the bottom</source>
        <translation>الشاشة في الأسفل</translation>
    </message>
    <message>
        <source>Your screen</source>
        <translation>شاشتك</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>الشاشة %1</translation>
    </message>
    <message>
        <source>Which screen may %1 see now?</source>
        <translation>أي شاشة يمكن أن يراها %1 الآن؟</translation>
    </message>
    <message>
        <source>Keep this screen</source>
        <translation>أبقِ هذه الشاشة</translation>
    </message>
    <message>
        <source>Which screen may %1 see?</source>
        <translation>أي شاشة يمكن أن يراها %1؟</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>لا تشارك</translation>
    </message>
    <message>
        <source>Press the picture of the screen to share.</source>
        <translation>اضغط على صورة الشاشة التي تريد مشاركتها.</translation>
    </message>
    <message>
        <source>Share this screen.</source>
        <translation>شارك هذه الشاشة.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Protect this window</source>
        <translation>احمِ هذه النافذة</translation>
    </message>
    <message>
        <source>Your helper cannot use the window you are using now</source>
        <translation>لن يستطيع مساعدك استخدام النافذة التي تستخدمها الآن</translation>
    </message>
    <message>
        <source>Allow again</source>
        <translation>اسمح مرة أخرى</translation>
    </message>
    <message>
        <source>Show another screen</source>
        <translation>اعرض شاشة أخرى</translation>
    </message>
    <message>
        <source>Your screen is shared</source>
        <translation>شاشتك مُشارَكة</translation>
    </message>
</context>
<context>
    <name>SharedScreen</name>
    <message>
        <source>They have one screen.</source>
        <translation>لديه شاشة واحدة.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the left.</source>
        <translation>أنت ترى الشاشة %1 من %2، التي على اليسار.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one on the right.</source>
        <translation>أنت ترى الشاشة %1 من %2، التي على اليمين.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one in the middle.</source>
        <translation>أنت ترى الشاشة %1 من %2، التي في الوسط.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the top.</source>
        <translation>أنت ترى الشاشة %1 من %2، التي في الأعلى.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2, the one at the bottom.</source>
        <translation>أنت ترى الشاشة %1 من %2، التي في الأسفل.</translation>
    </message>
    <message>
        <source>You see screen %1 of %2.</source>
        <translation>أنت ترى الشاشة %1 من %2.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>{name} uses your mouse and keyboard.</source>
        <translation>يستخدم {name} الفأرة ولوحة المفاتيح.</translation>
    </message>
    <message>
        <source>{name} sees your screen.</source>
        <translation>يرى {name} شاشتك.</translation>
    </message>
    <message>
        <source>Take back control</source>
        <translation>استعد التحكم</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop sharing your screen</source>
        <translation>أوقف مشاركة شاشتك</translation>
    </message>
    <message>
        <source>Move your own mouse if you want {name} to stop for a moment.</source>
        <translation>حرّك فأرتك إذا أردت أن يتوقف {name} قليلاً.</translation>
    </message>
    <message>
        <source>Private moment. {name} cannot see your screen.</source>
        <translation>لحظة خاصة. لا يرى {name} شاشتك.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>اعرض مرة أخرى</translation>
    </message>
    <message>
        <source>Show your screen again</source>
        <translation>اعرض شاشتك مرة أخرى</translation>
    </message>
    <message>
        <source>Private moment</source>
        <translation>لحظة خاصة</translation>
    </message>
    <message>
        <source>Hide your screen for a private moment</source>
        <translation>أخفِ شاشتك للحظة خاصة</translation>
    </message>
    <message>
        <source>Sharing is paused. {name} cannot see your screen.</source>
        <translation>المشاركة متوقفة مؤقتًا. لا يستطيع {name} أن يرى شاشتك.</translation>
    </message>
    <message>
        <source>Press Show again when you are ready.</source>
        <translation>اضغط اعرض مرة أخرى عندما تكون مستعدًا.</translation>
    </message>
    <message>
        <source>{name} can point and draw on your screen to show you things.</source>
        <translation>يستطيع {name} أن يشير ويرسم على شاشتك ليريك الأشياء.</translation>
    </message>
    <message>
        <source>{name} asks to use your mouse and keyboard.</source>
        <translation>يطلب {name} أن يستخدم الفأرة ولوحة المفاتيح.</translation>
    </message>
    <message>
        <source>Only allow this if you know this person. Never allow it while your online bank is open.</source>
        <translation>اسمح بهذا فقط إذا كنت تعرف هذا الشخص. لا تسمح به أبدًا والبنك الإلكتروني مفتوح.</translation>
    </message>
    <message>
        <source>Can {name} use your mouse and keyboard?</source>
        <translation>هل يمكن أن يستخدم {name} الفأرة ولوحة المفاتيح؟</translation>
    </message>
    <message>
        <source>Do not allow</source>
        <translation>لا تسمح</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>اسمح</translation>
    </message>
    <message>
        <source>Do you want to keep sharing your screen?</source>
        <translation>هل تريد أن تستمر في مشاركة شاشتك؟</translation>
    </message>
    <message>
        <source>Soon we will ask if you want to keep sharing your screen.</source>
        <translation>قريبًا سنسألك هل تريد أن تستمر في مشاركة شاشتك.</translation>
    </message>
    <message>
        <source>Ask me again after this many &amp;minutes:</source>
        <translation>اسألني مرة أخرى بعد هذا العدد من ال&amp;دقائق:</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>{name} helped you.</source>
        <translation>ساعدك {name}.</translation>
    </message>
    <message numerus="yes">
        <source>{name} saw your screen for %n minutes.</source>
        <translation>
            <numerusform>رأى {name} شاشتك أقل من دقيقة.</numerusform>
            <numerusform>رأى {name} شاشتك دقيقة واحدة.</numerusform>
            <numerusform>رأى {name} شاشتك دقيقتين.</numerusform>
            <numerusform>رأى {name} شاشتك %n دقائق.</numerusform>
            <numerusform>رأى {name} شاشتك %n دقيقة.</numerusform>
            <numerusform>رأى {name} شاشتك %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} used your mouse and keyboard for %n minutes.</source>
        <translation>
            <numerusform>استخدم {name} الفأرة ولوحة المفاتيح أقل من دقيقة.</numerusform>
            <numerusform>استخدم {name} الفأرة ولوحة المفاتيح دقيقة واحدة.</numerusform>
            <numerusform>استخدم {name} الفأرة ولوحة المفاتيح دقيقتين.</numerusform>
            <numerusform>استخدم {name} الفأرة ولوحة المفاتيح %n دقائق.</numerusform>
            <numerusform>استخدم {name} الفأرة ولوحة المفاتيح %n دقيقة.</numerusform>
            <numerusform>استخدم {name} الفأرة ولوحة المفاتيح %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} did not use your mouse or keyboard.</source>
        <translation>لم يستخدم {name} الفأرة أو لوحة المفاتيح.</translation>
    </message>
    <message numerus="yes">
        <source>You had %n private moments.</source>
        <translation>
            <numerusform>لم تكن لديك لحظات خاصة (%n).</numerusform>
            <numerusform>كانت لديك لحظة خاصة واحدة (%n).</numerusform>
            <numerusform>كانت لديك لحظتان خاصتان (%n).</numerusform>
            <numerusform>كانت لديك %n لحظات خاصة.</numerusform>
            <numerusform>كانت لديك %n لحظة خاصة.</numerusform>
            <numerusform>كانت لديك %n لحظة خاصة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected page, like your bank, was open %n times. {name} could not use it.</source>
        <translation>
            <numerusform>كانت صفحة محمية، مثل بنكك، مفتوحة %n مرة. لم يستطع {name} استخدامها.</numerusform>
            <numerusform>كانت صفحة محمية، مثل بنكك، مفتوحة مرة واحدة (%n). لم يستطع {name} استخدامها.</numerusform>
            <numerusform>كانت صفحة محمية، مثل بنكك، مفتوحة مرتين (%n). لم يستطع {name} استخدامها.</numerusform>
            <numerusform>كانت صفحة محمية، مثل بنكك، مفتوحة %n مرات. لم يستطع {name} استخدامها.</numerusform>
            <numerusform>كانت صفحة محمية، مثل بنكك، مفتوحة %n مرة. لم يستطع {name} استخدامها.</numerusform>
            <numerusform>كانت صفحة محمية، مثل بنكك، مفتوحة %n مرة. لم يستطع {name} استخدامها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterCall</name>
    <message>
        <source>Your computer did not allow the microphone.</source>
        <translation>لم يسمح حاسوبك باستخدام الميكروفون.</translation>
    </message>
    <message>
        <source>No microphone was found on your computer.</source>
        <translation>لم يتم العثور على ميكروفون في حاسوبك.</translation>
    </message>
    <message>
        <source>No camera was found on your computer.</source>
        <translation>لم يتم العثور على كاميرا في حاسوبك.</translation>
    </message>
    <message>
        <source>Sound does not work on your computer now.</source>
        <translation>الصوت لا يعمل على حاسوبك الآن.</translation>
    </message>
    <message>
        <source>The person&apos;s camera</source>
        <translation>كاميرا الشخص</translation>
    </message>
    <message>
        <source>You can offer a call while you see the screen.</source>
        <translation>يمكنك عرض مكالمة أثناء رؤيتك للشاشة.</translation>
    </message>
    <message>
        <source>Waiting for the person to answer your call…</source>
        <translation>بانتظار أن يرد الشخص على مكالمتك…</translation>
    </message>
    <message>
        <source>The person paused the help. The call waits.</source>
        <translation>أوقف الشخص المساعدة مؤقتًا. المكالمة تنتظر.</translation>
    </message>
    <message>
        <source>In a call. The person turned their microphone off.</source>
        <translation>في مكالمة. أغلق الشخص الميكروفون.</translation>
    </message>
    <message>
        <source>In a call. Your microphone is off.</source>
        <translation>في مكالمة. الميكروفون لديك مغلق.</translation>
    </message>
    <message>
        <source>In a call. The person hears you.</source>
        <translation>في مكالمة. الشخص يسمعك.</translation>
    </message>
    <message>
        <source>No call.</source>
        <translation>لا توجد مكالمة.</translation>
    </message>
    <message>
        <source>Offer a call</source>
        <translation>اعرض مكالمة</translation>
    </message>
    <message>
        <source>Switch on my microphone</source>
        <translation>شغّل الميكروفون</translation>
    </message>
    <message>
        <source>Switch off my microphone</source>
        <translation>أغلق الميكروفون</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>إنهاء المكالمة</translation>
    </message>
    <message>
        <source>Hide my camera</source>
        <translation>أخفِ الكاميرا</translation>
    </message>
    <message>
        <source>Show my camera</source>
        <translation>أظهر الكاميرا</translation>
    </message>
</context>
<context>
    <name>SupporterEnded</name>
    <message>
        <source>You ended the session.</source>
        <translation>أنهيت الجلسة.</translation>
    </message>
    <message>
        <source>The person did not allow screen sharing.</source>
        <translation>لم يسمح الشخص بمشاركة الشاشة.</translation>
    </message>
    <message>
        <source>The person ended the session.</source>
        <translation>أنهى الشخص الجلسة.</translation>
    </message>
    <message>
        <source>No one is waiting with this code. Ask the person to read the code again.</source>
        <translation>لا أحد ينتظر بهذا الرمز. اطلب من الشخص أن يقرأ الرمز مرة أخرى.</translation>
    </message>
    <message>
        <source>This code is already in use. Ask for a new code.</source>
        <translation>هذا الرمز مستخدم بالفعل. اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>The code did not match, so it no longer works. Ask the person for a new code.</source>
        <translation>الرمز لم يتطابق، لذلك لم يعد يعمل. اطلب من الشخص رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new code.</source>
        <translation>انتهت صلاحية الرمز. اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation>محاولات كثيرة جدًا. انتظر دقيقة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This service lets in only supporters with a certificate from an organisation it trusts. Ask your organisation for a certificate and load it.</source>
        <translation>هذه الخدمة لا تسمح إلا للمساعدين الذين لديهم شهادة من جهة تثق بها. اطلب شهادة من جهتك ثم حمّلها.</translation>
    </message>
    <message>
        <source>The session ended. Your organisation&apos;s confirmation is no longer valid. Ask your organisation.</source>
        <translation>انتهت الجلسة. لم يعد تأكيد جهتك صالحًا. اسأل جهتك.</translation>
    </message>
    <message>
        <source>The connection failed a security check and was closed. Ask for a new code.</source>
        <translation>فشل الاتصال في فحص أمني وأُغلق. اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Cannot reach the pairing server. Check the network and try again.</source>
        <translation>لا يمكن الوصول إلى خادم الربط. تحقق من الشبكة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The pairing server address starts with ws://, which is not protected. Use a wss:// address (ws:// only for a server on this computer).</source>
        <translation>عنوان خادم الربط يبدأ بـ ws:// وهو غير محمي. استخدم عنوان wss:// (ws:// فقط لخادم على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>The pairing server ended the session: it was open too long or unused for too long. Ask the person for a new code to help again.</source>
        <translation>أنهى خادم الربط الجلسة: كانت مفتوحة مدة طويلة جدًا أو غير مستخدمة مدة طويلة جدًا. لتساعد مرة أخرى اطلب من الشخص رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>The connection took too long. Try again.</source>
        <translation>استغرق الاتصال وقتًا طويلاً. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The pairing server is busy or restarting. Try again in a minute.</source>
        <translation>خادم الربط مشغول أو يعيد التشغيل. حاول مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
        <source>The pairing server does not support this version of the app. Update the app and try again.</source>
        <translation>خادم الربط لا يدعم هذه النسخة من التطبيق. حدّث التطبيق وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The pairing server refused a message before the apps were paired. Ask for a new code and try again.</source>
        <translation>رفض خادم الربط رسالة قبل ربط التطبيقين. اطلب رمزًا جديدًا وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The connection was lost. Ask the person for a new code to continue.</source>
        <translation>انقطع الاتصال. اطلب من الشخص رمزًا جديدًا للمتابعة.</translation>
    </message>
    <message>
        <source>The session ended. To help again, ask the person for a new code.</source>
        <translation>انتهت الجلسة. لتساعد مرة أخرى اطلب من الشخص رمزًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>SupporterHelp</name>
    <message>
        <source>1. Get the code</source>
        <translation>1. احصل على الرمز</translation>
    </message>
    <message>
        <source>Call the person first. They press Get help and read you a code of 13 digits. Type it here with your name and press Connect. The app notices most typing mistakes before it connects.</source>
        <translation>اتصل بالشخص أولاً. يضغط على اطلب المساعدة ويقرأ لك رمزًا من 13 رقمًا. اكتبه هنا مع اسمك واضغط على اتصال. يكتشف التطبيق معظم أخطاء الكتابة قبل الاتصال.</translation>
    </message>
    <message>
        <source>2. Wait for permission</source>
        <translation>2. انتظر الإذن</translation>
    </message>
    <message>
        <source>The person sees your name and your identity mark, and decides. Nothing is shown before they press Allow. A wrong code ends the code for good; ask for a new one.</source>
        <translation>يرى الشخص اسمك وعلامة هويتك ثم يقرر. لا يُعرض شيء قبل أن يضغط على اسمح. الرمز الخاطئ يُبطل الرمز نهائيًا؛ اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>3. Teach first</source>
        <translation>3. علّم أولاً</translation>
    </message>
    <message>
        <source>Move the mouse over the picture to show your pointer on their screen. Drag to draw, click to say &quot;look here&quot;. Let the person do things themselves when they can.</source>
        <translation>حرّك الفأرة فوق الصورة ليظهر مؤشرك على شاشة الشخص. اسحب لترسم، وانقر لتقول &quot;انظر هنا&quot;. دع الشخص يفعل الأشياء بنفسه عندما يستطيع.</translation>
    </message>
    <message>
        <source>4. Mouse and keyboard</source>
        <translation>4. الفأرة ولوحة المفاتيح</translation>
    </message>
    <message>
        <source>Press Ask for control only when teaching is not enough. The person must allow it separately and can take control back at any time. When they move their own mouse, your input waits.</source>
        <translation>اضغط على اطلب التحكم فقط عندما لا يكفي التعليم. يجب أن يسمح الشخص بذلك بشكل منفصل، ويستطيع أن يستعيد التحكم في أي وقت. عندما يحرّك فأرته ينتظر إدخالك.</translation>
    </message>
    <message>
        <source>5. Ending</source>
        <translation>5. الإنهاء</translation>
    </message>
    <message>
        <source>The person can pause or stop at any moment. Press End session when you are done. Nothing stays open afterwards.</source>
        <translation>يستطيع الشخص أن يوقف مؤقتًا أو ينهي في أي لحظة. اضغط على إنهاء الجلسة عندما تنتهي. لا يبقى شيء مفتوحًا بعد ذلك.</translation>
    </message>
    <message>
        <source>Keep the person safe</source>
        <translation>حافظ على أمان الشخص</translation>
    </message>
    <message>
        <source>Never ask for passwords, bank codes or card numbers. Ask the person to close their online bank before you look. Remind them that no bank or authority ever calls to ask for this code.</source>
        <translation>لا تطلب أبدًا كلمات المرور أو رموز البنك أو أرقام البطاقات. اطلب من الشخص أن يغلق البنك الإلكتروني قبل أن تنظر. ذكّره بأن أي بنك أو جهة رسمية لا تتصل أبدًا لتطلب هذا الرمز.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>SupporterIdentity</name>
    <message>
        <source>Your identity mark is {mark}. The person sees the same mark before they allow you.</source>
        <translation>علامة هويتك هي {mark}. يرى الشخص العلامة نفسها قبل أن يسمح لك.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. No safe key store was found on this computer, so the mark lasts only until you close the app.</source>
        <translation>علامة هويتك هي {mark}. لم يُعثر على مخزن مفاتيح آمن على هذا الحاسوب، لذلك تبقى العلامة فقط حتى تغلق التطبيق.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The only key store here saves secrets as plain text, so it is not used and the mark lasts only until you close the app.</source>
        <translation>علامة هويتك هي {mark}. مخزن المفاتيح الوحيد هنا يحفظ الأسرار كنص عادي، لذلك لا يُستخدم وتبقى العلامة فقط حتى تغلق التطبيق.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The saved key could not be read and was left as it is, so this mark lasts only until you close the app.</source>
        <translation>علامة هويتك هي {mark}. تعذرت قراءة المفتاح المحفوظ وتُرك كما هو، لذلك تبقى هذه العلامة فقط حتى تغلق التطبيق.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. The key store could not be opened, so the mark lasts only until you close the app.</source>
        <translation>علامة هويتك هي {mark}. تعذر فتح مخزن المفاتيح، لذلك تبقى العلامة فقط حتى تغلق التطبيق.</translation>
    </message>
    <message>
        <source>Your identity mark is {mark}. It lasts only until you close the app.</source>
        <translation>علامة هويتك هي {mark}. تبقى فقط حتى تغلق التطبيق.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} has expired. Ask them for a new one.</source>
        <translation>انتهت صلاحية شهادتك من {organisation}. اطلب منهم شهادة جديدة.</translation>
    </message>
    <message>
        <source>Your certificate from {organisation} is valid until {date}. The person sees that {organisation} has confirmed who you are.</source>
        <translation>شهادتك من {organisation} صالحة حتى {date}. يرى الشخص أن {organisation} أكدت من أنت.</translation>
    </message>
</context>
<context>
    <name>SupporterReconnect</name>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>انقطع الاتصال. نحاول مرة أخرى…</translation>
    </message>
    <message>
        <source>Your keys and buttons were released; control has ended.</source>
        <translation>تم تحرير المفاتيح والأزرار؛ انتهى التحكم.</translation>
    </message>
    <message>
        <source>Seconds left: {seconds}</source>
        <translation>الثواني المتبقية: {seconds}</translation>
    </message>
    <message>
        <source>Connected again. You see the screen; ask again if you need control.</source>
        <translation>عاد الاتصال. ترى الشاشة؛ اطلب التحكم مرة أخرى إذا احتجت إليه.</translation>
    </message>
</context>
<context>
    <name>SupporterRefused</name>
    <message>
        <source>The person has a protected page open, such as their online bank. Your mouse and keyboard do nothing there. You can still point and draw.</source>
        <translation>لدى الشخص صفحة محمية مفتوحة، مثل بنكه على الإنترنت. لا تعمل الفأرة ولوحة المفاتيح لديك هناك. ما زال بإمكانك أن تشير وترسم.</translation>
    </message>
    <message>
        <source>The person is typing a password. Your keys are not used, and the field is hidden from your view.</source>
        <translation>الشخص يكتب كلمة مرور. لا تُستخدم مفاتيحك، والحقل مخفي عن عرضك.</translation>
    </message>
    <message>
        <source>The person is doing something private.</source>
        <translation>الشخص يفعل شيئًا خاصًا.</translation>
    </message>
    <message>
        <source>You cannot use the buttons of the helper app on the other computer. To end the help, use End session in your own app.</source>
        <translation>لا يمكنك استخدام أزرار تطبيق المساعدة على الكمبيوتر الآخر. لإنهاء المساعدة، استخدم «إنهاء الجلسة» في تطبيقك.</translation>
    </message>
    <message>
        <source>This key combination is blocked on the other computer to keep it safe.</source>
        <translation>هذا الجمع بين المفاتيح محظور على الكمبيوتر الآخر للحفاظ على أمانه.</translation>
    </message>
</context>
<context>
    <name>SupporterSteps</name>
    <message>
        <source>Connecting to the pairing server…</source>
        <translation>جارٍ الاتصال بخادم الربط…</translation>
    </message>
    <message>
        <source>Checking the code with the person&apos;s computer…</source>
        <translation>جارٍ التحقق من الرمز مع حاسوب الشخص…</translation>
    </message>
    <message>
        <source>Waiting for the person to allow you to see their screen…</source>
        <translation>في انتظار أن يسمح لك الشخص برؤية شاشته…</translation>
    </message>
    <message>
        <source>Starting the screen view…</source>
        <translation>جارٍ بدء عرض الشاشة…</translation>
    </message>
</context>
<context>
    <name>SupporterWindow</name>
    <message>
        <source>Assist – supporter</source>
        <translation>Assist – المساعد</translation>
    </message>
    <message>
        <source>Help a person</source>
        <translation>ساعد شخصًا</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>ا&amp;سمك</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>الر&amp;مز</translation>
    </message>
    <message>
        <source>Shown to the person</source>
        <translation>يظهر للشخص</translation>
    </message>
    <message>
        <source>1234 5678 9012 3</source>
        <translation>1234 5678 9012 3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Give control back</source>
        <translation>أعد التحكم</translation>
    </message>
    <message>
        <source>Ask for control</source>
        <translation>اطلب التحكم</translation>
    </message>
    <message>
        <source>You control the person&apos;s mouse and keyboard. If they move their own mouse, you wait a moment. Ctrl+Alt+Home takes the keyboard back to this window.</source>
        <translation>أنت تتحكم في فأرة الشخص ولوحة مفاتيحه. إذا حرّك فأرته تنتظر قليلاً. Ctrl+Alt+Home يعيد لوحة المفاتيح إلى هذه النافذة.</translation>
    </message>
    <message>
        <source>The person is doing something private. You will see the screen again when they are ready.</source>
        <translation>الشخص يفعل شيئًا خاصًا. سترى الشاشة مرة أخرى عندما يكون مستعدًا.</translation>
    </message>
    <message>
        <source>Your name looks like a helper mark. Write your name without groups of letters and numbers like 7F3A-91C2.</source>
        <translation>اسمك يشبه علامة المساعد. اكتب اسمك بدون مجموعات من الحروف والأرقام مثل 7F3A-91C2.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>The person&apos;s screen</source>
        <translation>شاشة الشخص</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>Waiting for the person to allow control…</source>
        <translation>في انتظار أن يسمح الشخص بالتحكم…</translation>
    </message>
    <message>
        <source>You see the person&apos;s screen. Point with the mouse; drag to draw; click to say &quot;look here&quot;.</source>
        <translation>أنت ترى شاشة الشخص. أشِر بالفأرة؛ اسحب لترسم؛ انقر لتقول &quot;انظر هنا&quot;.</translation>
    </message>
    <message>
        <source>The code looks right.</source>
        <translation>يبدو الرمز صحيحًا.</translation>
    </message>
    <message>
        <source>The code has 13 digits.</source>
        <translation>يتكون الرمز من 13 رقمًا.</translation>
    </message>
    <message>
        <source>The code has only digits.</source>
        <translation>الرمز أرقام فقط.</translation>
    </message>
    <message>
        <source>This code has a typo. Check the digits with the person.</source>
        <translation>في هذا الرمز خطأ كتابي. تحقق من الأرقام مع الشخص.</translation>
    </message>
</context>
</TS>
