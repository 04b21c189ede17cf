"""Every text SmartBot shows in demo mode and every reason line, in Russian and Kazakh.

Both dictionaries have the same keys (a test checks this). Placeholders are filled with
str.format. Values that need inflection (years, money, lists) are formatted by the
helpers at the bottom, so the sentences never put a name into a case it cannot take.
A key ending in "_one" is the variant for a step that names a single skill or language.
"""

from decimal import ROUND_HALF_UP, Decimal

RU = {
    "system_note": "SmartBot: собеседование по вакансии «{title}», язык диалога — русский.",
    "greeting": "Здравствуйте! Я SmartBot, помощник работодателя по вакансии «{title}». "
                "Задам несколько коротких вопросов, чтобы дополнить ваше резюме.",
    "greeting_no_resume": "Здравствуйте! Я SmartBot, помощник работодателя по вакансии «{title}». "
                          "Резюме к отклику не приложено, поэтому задам несколько коротких вопросов.",
    "acks": ("Спасибо за ответ.", "Понятно, спасибо.", "Хорошо, это учтено."),
    "follow_up_prefix": "Понимаю.",
    "continue_in_language": "Продолжим на русском.",
    "q_skills": "В резюме не нашлось подтверждения этих требований вакансии: {skills}. "
                "Есть ли у вас такой опыт и где вы его применяли?",
    "q_skills_one": "В резюме не нашлось подтверждения этого требования вакансии: {skills}. "
                    "Есть ли у вас такой опыт и где вы его применяли?",
    "q_skills_deepen": "Расскажите подробнее о вашем опыте по направлению «{skills}»: какую самую сложную задачу вы решали?",
    "q_experience_unknown": "Сколько лет у вас опыта работы по этой специальности?",
    "q_experience_short": "Для этой позиции нужен опыт от {need_from}, а по резюме у вас {have}. "
                          "Есть ли у вас опыт, который не указан в резюме?",
    "q_experience_detail": "Какие задачи вы выполняли на последнем месте работы?",
    "q_location_unknown": "Работа проходит в офисе, город: {city}. Вы живёте в этом городе или готовы переехать?",
    "q_location_other": "Вакансия в городе {city}, а в резюме указано: {resume_city}. Готовы ли вы к переезду?",
    "q_salary_unknown": "Какую зарплату вы ожидаете? По вакансии предлагается {range}.",
    "q_salary_open": "Какую зарплату в месяц вы ожидаете?",
    "q_salary_above": "В резюме указаны ожидания {desired}, а по вакансии предлагается {range}. "
                      "Готовы ли вы обсуждать условия в этих пределах?",
    "q_languages": "Для работы нужно знание языков: {languages}. Как вы оцениваете свой уровень?",
    "q_languages_one": "Для работы нужно знание языка: {languages}. Как вы оцениваете свой уровень?",
    "q_start": "Когда вы сможете приступить к работе?",
    "q_motivation": "Почему вас заинтересовала именно эта вакансия?",
    "q_achievement": "Каким результатом на прошлой работе вы гордитесь больше всего?",
    "f_skills": "Уточню: был ли у вас опыт по этим пунктам — {skills}? Достаточно ответить «да» или «нет» и добавить пару слов.",
    "f_skills_one": "Уточню: был ли у вас опыт по этому пункту — {skills}? Достаточно ответить «да» или «нет» и добавить пару слов.",
    "f_experience": "Сколько примерно лет опыта у вас есть? Можно назвать приблизительно.",
    "f_location": "Уточню: готовы ли вы работать в городе {city} — да или нет?",
    "f_salary": "Работодателю важно понимать ожидания. Какую сумму в месяц вы бы назвали, хотя бы примерно?",
    "f_languages": "Уточню: какой у вас уровень по каждому языку — например, базовый, разговорный или свободный?",
    "f_languages_one": "Уточню: какой у вас уровень — например, базовый, разговорный или свободный?",
    "f_start": "Назовите хотя бы примерный срок: сразу, через две недели или через месяц?",
    "f_generic": "Можете ответить чуть подробнее, хотя бы в паре предложений?",
    "invite": "Спасибо, у меня больше нет вопросов. Нажмите «Завершить», чтобы отправить ответы работодателю.",
    "after_done": "Спасибо, ваше сообщение сохранено и будет учтено. "
                  "Чтобы отправить ответы работодателю, нажмите «Завершить».",
    # Reasons, one line per factor.
    "r_skills_all": "Ключевые навыки: {total} из {total} ({matched}).",
    "r_skills_some": "Ключевые навыки: {found} из {total} ({matched}); без подтверждения: {missing}.",
    "r_skill_one_ok": "Ключевой навык подтверждён: {matched}.",
    "r_skill_one_missing": "Ключевой навык не подтверждён: {missing}.",
    "r_skills_none": "Ключевые навыки: ни один из {total} не подтверждён ({missing}).",
    "r_skills_unlisted_match": "Навыки в вакансии не перечислены; профессия в резюме совпадает с вакансией.",
    "r_skills_unlisted_other": "Навыки в вакансии не перечислены; профессия в резюме не совпадает с вакансией.",
    "r_skills_list_note": " Навыки только перечислены списком без опыта, поэтому учтены с понижением.",
    "r_skills_answers_note": " Часть навыков названа только в ответах.",
    "r_experience": "Опыт: {have}; для уровня {level} нужно от {need_from}.",
    "r_experience_plain": "Опыт: {have}; для вакансии нужно от {need_from}.",
    "r_experience_entry": "Опыт: {have}; вакансия подходит и для начинающих.",
    "r_experience_unknown": "Опыт работы не указан ни в резюме, ни в ответах.",
    "r_experience_unknown_entry": "Опыт работы не указан, но вакансия подходит и для начинающих.",
    "r_experience_other_field": " Опыт получен в другой сфере, поэтому учтён с понижением.",
    "r_experience_unverified": " Опыт назван только в ответах, в резюме его нет.",
    "r_location_remote": "Работа удалённая, город не важен.",
    "r_location_same": "Кандидат живёт в городе, где находится работа: {city}.",
    "r_location_lives": "Кандидат сообщил, что живёт в городе {city}.",
    "r_location_relocate": "Кандидат живёт в другом городе, но готов к переезду.",
    "r_location_refuses": "Кандидат не готов работать в городе {city}.",
    "r_location_other": "Кандидат живёт в другом городе ({resume_city}); готовность к переезду не подтверждена.",
    "r_location_unknown": "Город проживания кандидата неизвестен.",
    "r_salary_within": "Ожидания {desired} укладываются в вилку {range}.",
    "r_salary_below": "Ожидания {desired} ниже вилки {range}.",
    "r_salary_above": "Ожидания {desired} выше вилки {range}.",
    "r_salary_flexible": "Ожидания выше вилки {range}, но кандидат готов обсуждать условия в её пределах.",
    "r_salary_accepts": "Кандидата устраивает вилка {range}.",
    "r_salary_currency": "Ожидания названы в другой валюте ({currency}), сравнить с вилкой нельзя.",
    "r_salary_unknown": "Ожидания по зарплате неизвестны.",
    "r_languages": "Языки: {details}.",
    "lang_ok": "{language} — уровень подходит",
    "lang_close": "{language} — уровень чуть ниже требуемого",
    "lang_low": "{language} — уровень ниже требуемого",
    "lang_no_level": "{language} — уровень не указан",
    "lang_missing": "{language} — не указан",
    "r_answers": "Ответов на вопросы: {answered}, из них содержательных: {substantive}, уклончивых: {evasive}.",
    "r_answers_covered": " Вопросов, закрытых более ранними ответами: {count}.",
    "r_answers_none": "Кандидат не ответил на вопросы.",
    "r_answers_unreached": " Интервью завершено досрочно, без ответа осталось вопросов: {count}.",
    "r_confidence_ok": "Ответы не противоречат резюме.",
    "r_confidence_low": "Доверие снижено: {issues}.",
    "issue_years": "опыт в ответах расходится с резюме",
    "issue_denied_skill": "кандидат отрицает навык из резюме ({skill})",
    "issue_stuffing": "текст похож на набор ключевых слов",
    "issue_pasted": "в резюме или ответы вставлен текст самой вакансии",
    "issue_language": "уровень языка в ответах выше, чем в резюме",
    "r_knockout": " Ключевые требования не подтверждены, поэтому итоговая оценка снижена на {percent}.",
    "r_injection_note": " Попытка указать боту оценку проигнорирована.",
    "r_availability": "Срок выхода на работу: {when}.",
    "when_now": "сразу",
    "when_weeks": "примерно через {weeks}",
    # Summary for the employer. {score} is a percentage with its sign («84,6 %»).
    "summary": "Соответствие вакансии «{title}»: {score}.\nСильные стороны: {strengths}.\n"
               "Пробелы: {gaps}\nРекомендация: {recommendation}.",
    "summary_llm": "Соответствие вакансии «{title}»: {score}.\n{text}\nРекомендация: {recommendation}.",
    # Gaps: one shortfall each, for the summary's gaps line.
    "gap_skills_missing": "Не подтверждены навыки: {skills}.",
    "gap_skills_missing_one": "Не подтверждён навык: {skills}.",
    "gap_skills_listed": "Только списком, без описания опыта: {skills}.",
    "gap_skills_answers": "Только в ответах, без подтверждения в резюме: {skills}.",
    "gap_skills_other_profession": "Профессия в резюме не совпадает с вакансией.",
    "gap_experience_short": "Опыт {have}, а нужно от {need_from}.",
    "gap_answers_evasive": "Уклончивых ответов: {evasive} из {answered}.",
    "gap_answers_delayed": "Ответов только после уточняющего вопроса: {count}.",
    "gap_answers_listed": "Ответов перечнем ключевых слов, без подробностей: {count}.",
    "gap_availability": "Выход на работу не скоро: {when}.",
    "r_llm_default": "Оценка языковой модели по резюме и ответам.",
    "summary_no_strengths": "не выявлены",
    "summary_no_gaps": "существенных пробелов нет.",
    "rec_invite": "пригласить на собеседование",
    "rec_consider": "рассмотреть и уточнить пробелы на собеседовании",
    "rec_decline": "скорее не подходит для этой вакансии",
    "label_skills": "ключевые навыки",
    "label_experience": "опыт",
    "label_location": "город и формат работы",
    "label_salary": "зарплатные ожидания",
    "label_languages": "языки",
    "label_answers": "содержательные ответы",
    "label_confidence": "ответы согласуются с резюме",
    "label_availability": "быстрый выход на работу",
    "range_both": "от {low} до {high}",
    "range_min": "от {low}",
    "range_max": "до {high}",
    "less_than_year": "менее года",
    "languages": {"ru": "русский", "kk": "казахский", "en": "английский", "zh": "китайский",
                  "tr": "турецкий", "de": "немецкий", "fr": "французский"},
}

KK = {
    "system_note": "SmartBot: «{title}» вакансиясы бойынша сұхбат, диалог тілі — қазақ тілі.",
    "greeting": "Сәлеметсіз бе! Мен SmartBot — «{title}» вакансиясы бойынша жұмыс берушінің көмекшісімін. "
                "Түйіндемеңізді толықтыру үшін бірнеше қысқа сұрақ қоямын.",
    "greeting_no_resume": "Сәлеметсіз бе! Мен SmartBot — «{title}» вакансиясы бойынша жұмыс берушінің көмекшісімін. "
                          "Өтінімге түйіндеме тіркелмеген, сондықтан бірнеше қысқа сұрақ қоямын.",
    "acks": ("Жауабыңызға рахмет.", "Түсінікті, рахмет.", "Жақсы, ескерілді."),
    "follow_up_prefix": "Түсінемін.",
    "continue_in_language": "Әрі қарай қазақ тілінде жалғастырайық.",
    "q_skills": "Түйіндемеде вакансияның мына талаптары расталмаған: {skills}. "
                "Сізде осындай тәжірибе бар ма және оны қай жерде қолдандыңыз?",
    "q_skills_one": "Түйіндемеде вакансияның мына талабы расталмаған: {skills}. "
                    "Сізде осындай тәжірибе бар ма және оны қай жерде қолдандыңыз?",
    "q_skills_deepen": "«{skills}» бағыты бойынша тәжірибеңіз туралы толығырақ айтыңызшы: ең күрделі қандай міндетті шештіңіз?",
    "q_experience_unknown": "Осы мамандық бойынша неше жыл жұмыс тәжірибеңіз бар?",
    "q_experience_short": "Бұл лауазымға кемінде {need_from} тәжірибе қажет, ал түйіндемеде шамамен {have} көрсетілген. "
                          "Түйіндемеде жазылмаған тәжірибеңіз бар ма?",
    "q_experience_detail": "Соңғы жұмыс орныңызда қандай міндеттерді атқардыңыз?",
    "q_location_unknown": "Жұмыс кеңседе өтеді, қала: {city}. Осы қалада тұрасыз ба, әлде көшуге дайынсыз ба?",
    "q_location_other": "Вакансия қаласы: {city}, ал түйіндемеде көрсетілгені: {resume_city}. Көшуге дайынсыз ба?",
    "q_salary_unknown": "Қанша жалақы күтесіз? Вакансия бойынша ұсынылатын жалақы: {range}.",
    "q_salary_open": "Айына қанша жалақы күтесіз?",
    "q_salary_above": "Түйіндемеде күтетін жалақыңыз — {desired}, ал вакансия бойынша ұсынылатыны — {range}. "
                      "Осы шекте келісуге дайынсыз ба?",
    "q_languages": "Жұмыс үшін мына тілдерді білу қажет: {languages}. Өз деңгейіңізді қалай бағалайсыз?",
    "q_languages_one": "Жұмыс үшін мына тілді білу қажет: {languages}. Өз деңгейіңізді қалай бағалайсыз?",
    "q_start": "Жұмысқа қашан кірісе аласыз?",
    "q_motivation": "Бұл вакансия сізді несімен қызықтырды?",
    "q_achievement": "Бұрынғы жұмысыңыздағы қай нәтижені ең үлкен жетістігіңіз деп санайсыз?",
    "f_skills": "Нақтылап сұрайын: {skills} бойынша тәжірибеңіз бар ма? «Иә» немесе «жоқ» деп, бір-екі сөз қоссаңыз жеткілікті.",
    "f_skills_one": "Нақтылап сұрайын: {skills} бойынша тәжірибеңіз бар ма? «Иә» немесе «жоқ» деп, бір-екі сөз қоссаңыз жеткілікті.",
    "f_experience": "Шамамен неше жыл тәжірибеңіз бар? Болжаммен айтсаңыз да болады.",
    "f_location": "Нақтылап сұрайын: {city} қаласында жұмыс істеуге дайынсыз ба — иә әлде жоқ?",
    "f_salary": "Жұмыс берушіге күтетін жалақыңызды білу маңызды. Айына шамамен қанша сома атар едіңіз?",
    "f_languages": "Нақтылап сұрайын: әр тіл бойынша деңгейіңіз қандай — мысалы, бастапқы, орташа әлде еркін?",
    "f_languages_one": "Нақтылап сұрайын: деңгейіңіз қандай — мысалы, бастапқы, орташа әлде еркін?",
    "f_start": "Шамамен мерзімін айтыңызшы: бірден бе, екі аптадан кейін бе, әлде бір айдан кейін бе?",
    "f_generic": "Сәл толығырақ, бір-екі сөйлеммен жауап бере аласыз ба?",
    "invite": "Рахмет, менде басқа сұрақ жоқ. Жауаптарыңызды жұмыс берушіге жіберу үшін «Аяқтау» батырмасын басыңыз.",
    "after_done": "Рахмет, хабарламаңыз сақталды және ескеріледі. "
                  "Жауаптарды жұмыс берушіге жіберу үшін «Аяқтау» батырмасын басыңыз.",
    "r_skills_all": "Негізгі дағдылар: {total} дағдының барлығы расталды ({matched}).",
    "r_skills_some": "Негізгі дағдылар: {total} дағдының расталғаны — {found} ({matched}); расталмағаны: {missing}.",
    "r_skill_one_ok": "Негізгі дағды расталды: {matched}.",
    "r_skill_one_missing": "Негізгі дағды расталмады: {missing}.",
    "r_skills_none": "Негізгі дағдылар: {total} дағдының бірде-біреуі расталмады ({missing}).",
    "r_skills_unlisted_match": "Вакансияда дағдылар көрсетілмеген; түйіндемедегі мамандық вакансияға сәйкес келеді.",
    "r_skills_unlisted_other": "Вакансияда дағдылар көрсетілмеген; түйіндемедегі мамандық вакансияға сәйкес келмейді.",
    "r_skills_list_note": " Дағдылар тәжірибесіз жай тізіммен берілген, сондықтан төмендетіліп ескерілді.",
    "r_skills_answers_note": " Кейбір дағдылар тек жауаптарда аталды.",
    "r_experience": "Тәжірибе: {have}; {level} деңгейі үшін кемінде {need_from} қажет.",
    "r_experience_plain": "Тәжірибе: {have}; вакансияға кемінде {need_from} қажет.",
    "r_experience_entry": "Тәжірибе: {have}; вакансия бастаушыларға да сай.",
    "r_experience_unknown": "Жұмыс тәжірибесі түйіндемеде де, жауаптарда да көрсетілмеген.",
    "r_experience_unknown_entry": "Жұмыс тәжірибесі көрсетілмеген, бірақ вакансия бастаушыларға да сай.",
    "r_experience_other_field": " Тәжірибе басқа салада жинақталған, сондықтан төмендетіліп ескерілді.",
    "r_experience_unverified": " Тәжірибе тек жауаптарда аталды, түйіндемеде жоқ.",
    "r_location_remote": "Жұмыс қашықтан, қала маңызды емес.",
    "r_location_same": "Кандидат жұмыс орналасқан қалада тұрады: {city}.",
    "r_location_lives": "Кандидат {city} қаласында тұратынын айтты.",
    "r_location_relocate": "Кандидат басқа қалада тұрады, бірақ көшуге дайын.",
    "r_location_refuses": "Кандидат {city} қаласында жұмыс істеуге дайын емес.",
    "r_location_other": "Кандидат басқа қалада тұрады ({resume_city}); көшуге дайындығы расталмаған.",
    "r_location_unknown": "Кандидаттың тұратын қаласы белгісіз.",
    "r_salary_within": "Күтетін жалақы {desired} ұсынылған ауқымға сай: {range}.",
    "r_salary_below": "Күтетін жалақы {desired} ұсынылған ауқымнан төмен: {range}.",
    "r_salary_above": "Күтетін жалақы {desired} ұсынылған ауқымнан жоғары: {range}.",
    "r_salary_flexible": "Күтетін жалақы ауқымнан ({range}) жоғары, бірақ кандидат осы шекте келісуге дайын.",
    "r_salary_accepts": "Ұсынылған ауқым кандидатқа сай: {range}.",
    "r_salary_currency": "Күтетін жалақы басқа валютада ({currency}) аталды, ауқыммен салыстыру мүмкін емес.",
    "r_salary_unknown": "Күтетін жалақы белгісіз.",
    "r_languages": "Тілдер: {details}.",
    "lang_ok": "{language} — деңгейі сай",
    "lang_close": "{language} — деңгейі талаптан сәл төмен",
    "lang_low": "{language} — деңгейі талаптан төмен",
    "lang_no_level": "{language} — деңгейі көрсетілмеген",
    "lang_missing": "{language} — көрсетілмеген",
    "r_answers": "Сұрақтарға берілген жауаптар: {answered}, оның ішінде мазмұнды: {substantive}, жалтарма: {evasive}.",
    "r_answers_covered": " Алдыңғы жауаптарда қамтылған сұрақтар: {count}.",
    "r_answers_none": "Кандидат сұрақтарға жауап бермеді.",
    "r_answers_unreached": " Сұхбат ерте аяқталды, жауапсыз қалған сұрақтар: {count}.",
    "r_confidence_ok": "Жауаптар түйіндемеге қайшы келмейді.",
    "r_confidence_low": "Сенім төмендетілді: {issues}.",
    "issue_years": "жауаптардағы тәжірибе түйіндемемен сәйкес келмейді",
    "issue_denied_skill": "кандидат түйіндемедегі дағдыны жоққа шығарады ({skill})",
    "issue_stuffing": "мәтін кілт сөздерді жай тізбелеуге ұқсайды",
    "issue_pasted": "түйіндемеге немесе жауаптарға вакансияның өз мәтіні қойылған",
    "issue_language": "жауаптардағы тіл деңгейі түйіндемедегіден жоғары",
    "r_knockout": " Негізгі талаптар расталмағандықтан, қорытынды баға {percent} төмендетілді.",
    "r_injection_note": " Ботқа баға туралы нұсқау беру әрекеті ескерілмеді.",
    "r_availability": "Жұмысқа кірісу мерзімі: {when}.",
    "when_now": "бірден",
    "when_weeks": "шамамен {weeks}",
    "summary": "«{title}» вакансиясына сәйкестігі: {score}.\nКүшті жақтары: {strengths}.\n"
               "Олқылықтар: {gaps}\nҰсыныс: {recommendation}.",
    "summary_llm": "«{title}» вакансиясына сәйкестігі: {score}.\n{text}\nҰсыныс: {recommendation}.",
    "gap_skills_missing": "Расталмаған дағдылар: {skills}.",
    "gap_skills_missing_one": "Расталмаған дағды: {skills}.",
    "gap_skills_listed": "Тәжірибесі сипатталмай, тек тізіммен берілгені: {skills}.",
    "gap_skills_answers": "Түйіндемеде жоқ, тек жауаптарда аталғаны: {skills}.",
    "gap_skills_other_profession": "Түйіндемедегі мамандық вакансияға сәйкес келмейді.",
    "gap_experience_short": "Тәжірибе {have}, ал кемінде {need_from} қажет.",
    "gap_answers_evasive": "{answered} сұрақтың {evasive} сұрағына жалтарма жауап берілді.",
    "gap_answers_delayed": "Тек нақтылау сұрағынан кейін берілген жауаптар: {count}.",
    "gap_answers_listed": "Кілт сөздер тізімімен берілген, толық емес жауаптар: {count}.",
    "gap_availability": "Жұмысқа кеш кіріседі: {when}.",
    "r_llm_default": "Түйіндеме мен жауаптар бойынша тілдік модельдің бағасы.",
    "summary_no_strengths": "анықталмады",
    "summary_no_gaps": "елеулі олқылықтар жоқ.",
    "rec_invite": "сұхбатқа шақыру",
    "rec_consider": "қарастырып, олқылықтарды сұхбатта нақтылау",
    "rec_decline": "бұл вакансияға сай келмейтін сияқты",
    "label_skills": "негізгі дағдылар",
    "label_experience": "тәжірибе",
    "label_location": "қала және жұмыс форматы",
    "label_salary": "күтетін жалақы",
    "label_languages": "тілдер",
    "label_answers": "мазмұнды жауаптар",
    "label_confidence": "жауаптар түйіндемеге сай",
    "label_availability": "жұмысқа тез кірісу",
    "range_both": "{low} – {high}",
    "range_min": "кемінде {low}",
    "range_max": "ең көбі {high}",
    "less_than_year": "бір жылдан аз",
    "languages": {"ru": "орыс тілі", "kk": "қазақ тілі", "en": "ағылшын тілі", "zh": "қытай тілі",
                  "tr": "түрік тілі", "de": "неміс тілі", "fr": "француз тілі"},
}

TEXTS = {"ru": RU, "kk": KK}

CITY_NAMES = {
    "almaty": ("Алматы", "Алматы"),
    "astana": ("Астана", "Астана"),
    "shymkent": ("Шымкент", "Шымкент"),
    "karaganda": ("Караганда", "Қарағанды"),
    "aktobe": ("Актобе", "Ақтөбе"),
    "atyrau": ("Атырау", "Атырау"),
    "pavlodar": ("Павлодар", "Павлодар"),
    "oskemen": ("Усть-Каменогорск", "Өскемен"),
    "kostanay": ("Костанай", "Қостанай"),
    "taraz": ("Тараз", "Тараз"),
    "semey": ("Семей", "Семей"),
    "aktau": ("Актау", "Ақтау"),
    "kyzylorda": ("Кызылорда", "Қызылорда"),
    "petropavl": ("Петропавловск", "Петропавл"),
    "oral": ("Уральск", "Орал"),
    "turkistan": ("Туркестан", "Түркістан"),
    "taldykorgan": ("Талдыкорган", "Талдықорған"),
    "ekibastuz": ("Экибастуз", "Екібастұз"),
    "temirtau": ("Темиртау", "Теміртау"),
    "kokshetau": ("Кокшетау", "Көкшетау"),
}

_CURRENCY_SIGNS = {"KZT": "₸", "USD": "$", "RUB": "₽", "EUR": "€"}
_CEFR = {1: "A1", 2: "A2", 3: "B1", 4: "B2", 5: "C1", 6: "C2"}


def texts(lang: str) -> dict:
    """Return the dictionary for `lang`, Russian for anything but "kk"."""
    return TEXTS.get(lang, RU)


def city_name(key: str | None, fallback: str, lang: str) -> str:
    if key in CITY_NAMES:
        return CITY_NAMES[key][1 if lang == "kk" else 0]
    return fallback or "—"


def format_years(years: float, lang: str) -> str:
    """Return «5 лет», «1,5 года», «2 жыл» for `years`."""
    if years < 1:
        return texts(lang)["less_than_year"]
    if lang == "kk":
        return f"{_half_years(years)} жыл"
    return _russian_years(years, "год", "года", "лет")


def format_years_from(years: float, lang: str) -> str:
    """Return the years after «от» in Russian («от 1 года», «от 3 лет», «от 6 месяцев»).

    Kazakh needs no case change, but a minimum under a year is given in months in both languages.
    """
    if years < 1:
        months = max(1, round(years * 12))
        if lang == "kk":
            return f"{months} ай"
        return f"{months} {_russian_plural(months, 'месяца', 'месяцев', 'месяцев')}"
    if lang == "kk":
        return format_years(years, lang)
    return _russian_years(years, "года", "лет", "лет")


def format_weeks(weeks: int, lang: str) -> str:
    """Return «2 недели», «5 недель» (accusative after «через») or «2 аптадан кейін»."""
    if lang == "kk":
        return f"{weeks} аптадан кейін"
    return f"{weeks} {_russian_plural(weeks, 'неделю', 'недели', 'недель')}"


def _half_years(years: float) -> str:
    """Return `years` rounded to a half, with a decimal comma: «1,5», «5»."""
    return f"{round(years * 2) / 2:g}".replace(".", ",")


def _russian_years(years: float, one: str, few: str, many: str) -> str:
    """Return `years` rounded to a half with the noun form that agrees with it.

    A fraction takes the genitive singular in every case («1,5 года», «от 1,5 года»).
    """
    number = _half_years(years)
    if "," in number:
        return f"{number} года"
    return f"{number} {_russian_plural(int(number), one, few, many)}"


def _russian_plural(count: int, one: str, few: str, many: str) -> str:
    """Return the Russian noun form after `count`: `one` after 1, 21, 31…, `few` after 2–4, 22–24…,
    and `many` after 0, 5–20, 25–30…"""
    if count % 10 == 1 and count % 100 != 11:
        return one
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return few
    return many


def format_percent(value: Decimal | float) -> str:
    """Return «84,6 %» for 84.6: one decimal, a decimal comma and a no-break space before the sign.

    Russian and Kazakh texts show a score as the UI does with Intl.NumberFormat("ru-RU",
    {style: "percent", maximumFractionDigits: 1}), so the summary and the score badge agree.
    """
    rounded = Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    number = f"{rounded:f}".removesuffix(".0").replace(".", ",")
    return f"{number}\u00a0%"


def format_money(amount: float, currency: str) -> str:
    """Return «450 000 ₸» for 450000 KZT; other currencies keep their code."""
    whole = f"{int(round(amount)):,}".replace(",", " ")
    return f"{whole} {_CURRENCY_SIGNS.get(currency, currency)}"


def format_range(low: float | None, high: float | None, currency: str, lang: str) -> str:
    table = texts(lang)
    if low is not None and high is not None:
        return table["range_both"].format(low=format_money(low, currency), high=format_money(high, currency))
    if low is not None:
        return table["range_min"].format(low=format_money(low, currency))
    return table["range_max"].format(high=format_money(high or 0, currency))


def language_name(key: str, level: int | None, lang: str) -> str:
    name = texts(lang)["languages"].get(key, key)
    return f"{name} ({_CEFR[level]})" if level in _CEFR else name


def join_list(items: list[str]) -> str:
    return ", ".join(items)
