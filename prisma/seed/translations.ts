// French, Spanish, Arabic, Chinese and Russian versions of the key messages and the nine actions. The
// campaign published them in English only; these are the project's translations, kept close to the text
// and to UNESCO's own names in each language (成人学习和教育 / образование и обучение взрослых,
// CONFINTEA = 国际成人教育大会 / КОНФИНТЕА, UIL = 联合国教科文组织终身学习研究所 / Институт ЮНЕСКО по
// обучению на протяжении всей жизни).
import type { Locale } from "../../i18n/routing";

type ActionText = { title: string; body: string[] };
type Translation = { keyMessages: string[]; actions: Record<number, ActionText> };

export const translations: Record<Exclude<Locale, "en">, Translation> = {
  fr: {
    keyMessages: [
      "We are ALE unit les organisations pour que l’apprentissage et l’éducation des adultes soient vus, compris et valorisés partout dans le monde",
      "Parler d’une seule voix pour que l’AEA soit vue, comprise et valorisée",
      "Une voix mondiale pour l’apprentissage et l’éducation des adultes",
      "Se connecter à l’échelle mondiale pour l’AEA",
      "We are ALE – unis pour la justice, le bien-être et le changement !",
    ],
    actions: {
      1: {
        title: "Adopter le logo de la campagne AEA et l’intégrer dans les communications de votre organisation",
        body: [
          "En plaçant le logo de la campagne à côté de votre logo dans toutes vos communications, votre organisation fait connaître la campagne dans tous les médias et sur les réseaux sociaux, et vous relie à l’alliance dans son ensemble.",
        ],
      },
      2: {
        title:
          "Utiliser notre définition plus large et plus inclusive de l’AEA dans votre travail de lobbying, d’éducation et de plaidoyer",
        body: [
          "La définition a été élaborée en collaboration avec 13 associations internationales de toutes les régions du monde. Elle nous aide à mener un effort cohérent et concerté dans nos initiatives d’éducation et de plaidoyer.",
        ],
      },
      3: {
        title: "S’inscrire sur le site de la campagne AEA et encourager d’autres organisations à faire de même",
        body: [
          "Utilisez le matériel de la campagne dans vos stratégies de réseaux sociaux et de réseautage pour faire connaître la campagne AEA.",
          "Encouragez les organisations affiliées à s’inscrire pour montrer leur soutien à la campagne.",
        ],
      },
      4: {
        title:
          "Au niveau local, lancer de nouvelles initiatives ou développer celles qui existent pour donner de la valeur à la campagne AEA",
        body: [
          "Par exemple, mener un plaidoyer auprès des autorités locales, des bailleurs, du secteur privé et/ou de la société civile pour qu’ils reconnaissent la valeur de l’AEA et promeuvent des programmes et des démarches d’AEA de qualité.",
          "Lancer des actions de sensibilisation ou des dialogues sur l’importance de l’AEA dans vos centres d’apprentissage communautaires, avec les autorités locales et les associations, et relier vos initiatives à la campagne AEA nationale et mondiale.",
        ],
      },
      5: {
        title:
          "Au niveau national, plaider pour l’AEA afin d’accroître la visibilité et le financement des projets d’AEA, de la manière qui convient à votre contexte",
        body: [
          "Discutez avec vos parlementaires des bienfaits de l’AEA et de son importance pour atteindre les ODD. Plaidez pour un budget accru pour l’éducation non formelle, les centres d’apprentissage communautaires, l’EFTP et les autres programmes d’AEA.",
          "Publiez une prise de position sur la nécessité d’investir dans l’AEA et diffusez-la auprès du ministère de l’Éducation et des organismes concernés pendant la préparation du budget national de votre pays.",
        ],
      },
      6: {
        title:
          "S’engager dans les processus de l’UNESCO dans votre pays et votre région en vue de la septième Conférence internationale sur l’éducation des adultes – CONFINTEA VII, prévue en 2022, afin d’assurer une forte participation de la société civile à ses processus, programmes et résultats",
        body: [
          "Rencontrez la Commission nationale pour l’UNESCO et le ministère de l’Éducation pour connaître les préparatifs de votre pays pour la CONFINTEA VII et demander à y participer.",
          "Présentez une prise de position des organisations de la société civile (OSC) sur l’AEA et sur l’éducation à la citoyenneté mondiale aux délégations et aux organismes publics participant à la CONFINTEA VII.",
          "Rapprochez-vous de l’ICAE et de DVV International pour participer aux consultations sous-régionales de la CONFINTEA VII organisées par l’Institut de l’UNESCO pour l’apprentissage tout au long de la vie (UIL) et les bureaux régionaux de l’UNESCO.",
        ],
      },
      7: {
        title:
          "Contribuer à façonner et à construire la campagne aux niveaux local, régional et international à travers des événements communs ou des occasions comme le 40e anniversaire de l’ICAE, et en repérant d’autres moments clés autour desquels l’alliance peut se mobiliser",
        body: [],
      },
      8: {
        title:
          "Soutenir les initiatives de plaidoyer pour l’AEA au niveau international afin d’influencer les politiques et les financements",
        body: ["Contribuez au plaidoyer autour des ODD et de l’Agenda 2030 pour faire reconnaître l’AEA."],
      },
      9: {
        title:
          "Dans l’intérêt de la justice, du bien-être et du changement, localement et mondialement, agir ensemble pour que l’AEA soit vue, comprise et valorisée comme essentielle à une planète plus saine et à un monde meilleur",
        body: [
          "Adressez-vous à vos gouvernements, aux bailleurs, au secteur privé, aux organisations internationales et aux mouvements sociaux, et mobilisez-vous pour l’AEA. Encouragez-les à reconnaître l’importance fondamentale de l’AEA pour la justice, le bien-être et le changement !",
        ],
      },
    },
  },
  es: {
    keyMessages: [
      "We are ALE une a las organizaciones para que el aprendizaje y la educación de adultos sean vistos, comprendidos y valorados en todo el mundo",
      "Hablar con una sola voz para que el AEA sea visto, comprendido y valorado",
      "Una voz mundial por el aprendizaje y la educación de adultos",
      "Conectar en todo el mundo por el AEA",
      "We are ALE: unidos por la justicia, el bienestar y el cambio",
    ],
    actions: {
      1: {
        title: "Adoptar el logo de la campaña del AEA e integrarlo en las comunicaciones de tu organización",
        body: [
          "Al incluir el logo de la campaña junto al de tu organización en todas tus comunicaciones, das a conocer la campaña en todos los medios y redes sociales, y te vinculas con la alianza en su conjunto.",
        ],
      },
      2: {
        title:
          "Usar nuestra definición más amplia e inclusiva del AEA en tu trabajo de incidencia, educación y promoción",
        body: [
          "La definición se elaboró en colaboración con 13 asociaciones internacionales de todas las regiones del mundo. Nos ayuda a mantener un esfuerzo coherente y colaborativo en las iniciativas de educación e incidencia.",
        ],
      },
      3: {
        title: "Registrarse en el sitio web de la campaña del AEA y animar a otros a hacer lo mismo",
        body: [
          "Usa el material de la campaña en tus estrategias de redes sociales y de trabajo en red para popularizar la campaña del AEA.",
          "Anima a las organizaciones afiliadas a registrarse para demostrar su apoyo a la campaña.",
        ],
      },
      4: {
        title:
          "A nivel local, iniciar nuevas iniciativas o ampliar las existentes que aporten valor a la campaña del AEA",
        body: [
          "Un ejemplo puede ser hacer incidencia ante el gobierno local, los donantes, el sector privado o la sociedad civil para que reconozcan el valor del AEA y promuevan programas y procesos de AEA de calidad.",
          "Impulsa actividades de sensibilización o diálogos sobre la importancia del AEA en tus centros comunitarios de aprendizaje, con los gobiernos locales y las asociaciones comunitarias, y vincula tus iniciativas con la campaña nacional y mundial del AEA.",
        ],
      },
      5: {
        title:
          "A nivel nacional, abogar por el AEA para aumentar la visibilidad y la financiación de proyectos de AEA de la forma adecuada a tu contexto",
        body: [
          "Habla con tus parlamentarios sobre los beneficios del AEA y su importancia para alcanzar los ODS. Aboga por un mayor presupuesto para la educación no formal, los centros comunitarios de aprendizaje, la EFTP y otros programas de AEA.",
          "Publica un documento de posición sobre la necesidad de invertir en el AEA y difúndelo al Ministerio de Educación y a los organismos pertinentes durante la preparación del presupuesto nacional de tu país.",
        ],
      },
      6: {
        title:
          "Participar en los procesos de la UNESCO en tu país y región de cara a la Séptima Conferencia Internacional de Educación de Adultos – CONFINTEA VII, prevista para 2022, para asegurar una fuerte participación de la sociedad civil en sus procesos, programas y resultados",
        body: [
          "Reúnete con la Comisión Nacional de Cooperación con la UNESCO y el Ministerio de Educación para conocer los preparativos de tu país para la CONFINTEA VII y solicitar participar.",
          "Presenta un documento de posición de las organizaciones de la sociedad civil (OSC) sobre el AEA y la educación para la ciudadanía mundial a las delegaciones y los organismos gubernamentales que asistan a la CONFINTEA VII.",
          "Ponte en contacto con el ICAE y DVV International para participar en las consultas subregionales de la CONFINTEA VII organizadas por el Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida (UIL) y las oficinas regionales de la UNESCO.",
        ],
      },
      7: {
        title:
          "Ayudar a dar forma y a construir la campaña a nivel local, regional e internacional mediante eventos comunes u ocasiones como el 40.º aniversario del ICAE, e identificar otros hitos en torno a los cuales la alianza pueda movilizarse",
        body: [],
      },
      8: {
        title:
          "Apoyar las iniciativas de incidencia a favor del AEA a nivel internacional para influir en las políticas y la financiación",
        body: [
          "Colabora con los esfuerzos de incidencia en torno a los ODS y la Agenda 2030 para lograr el reconocimiento del AEA.",
        ],
      },
      9: {
        title:
          "En favor de la justicia, el bienestar y el cambio, a nivel local y mundial, actuar juntos para que el AEA sea visto, comprendido y valorado como clave para un planeta más sano y un mundo mejor",
        body: [
          "Dirígete a tus gobiernos, donantes, sector privado, organizaciones internacionales y movimientos sociales y movilízate por el AEA. ¡Anímalos a reconocer la importancia fundamental del AEA para la justicia, el bienestar y el cambio!",
        ],
      },
    },
  },
  ar: {
    keyMessages: [
      "تجمع We are ALE المنظمات كي يكون تعلّم الكبار وتعليمهم مرئيًا ومفهومًا ومقدَّرًا في جميع أنحاء العالم",
      "نتحدث بصوت واحد كي يكون تعلّم الكبار وتعليمهم مرئيًا ومفهومًا ومقدَّرًا",
      "صوت عالمي من أجل تعلّم الكبار وتعليمهم",
      "نتواصل عالميًا من أجل تعلّم الكبار وتعليمهم",
      "We are ALE – متحدون من أجل العدالة والرفاه والتغيير!",
    ],
    actions: {
      1: {
        title: "اعتماد شعار حملة تعلّم الكبار وتعليمهم ودمجه في اتصالات منظمتكم",
        body: [
          "بوضع شعار الحملة بجانب شعاركم في جميع اتصالاتكم، تعرّف منظمتكم بالحملة عبر جميع وسائل الإعلام ووسائل التواصل الاجتماعي، وترتبط بالتحالف الأوسع.",
        ],
      },
      2: {
        title: "استخدام تعريفنا الأوسع والأشمل لتعلّم الكبار وتعليمهم في عملكم في كسب التأييد والتثقيف والمناصرة",
        body: [
          "وُضع التعريف بالتعاون مع 13 جمعية دولية من جميع مناطق العالم. ويساعدنا على الحفاظ على جهد متسق وتعاوني في مبادرات التثقيف والمناصرة.",
        ],
      },
      3: {
        title: "التسجيل في الموقع الإلكتروني للحملة وتشجيع الآخرين على القيام بالمثل",
        body: [
          "استخدموا مواد الحملة في استراتيجياتكم على وسائل التواصل الاجتماعي وفي التشبيك للتعريف بالحملة.",
          "شجّعوا المنظمات المنتسبة إليكم على التسجيل لإظهار دعمها للحملة.",
        ],
      },
      4: {
        title: "على المستوى المحلي، إطلاق مبادرات جديدة أو توسيع المبادرات القائمة التي تضيف قيمة إلى الحملة",
        body: [
          "من الأمثلة على ذلك كسب تأييد الحكومة المحلية والجهات المانحة والقطاع الخاص و/أو المجتمع المدني للاعتراف بقيمة تعلّم الكبار وتعليمهم وتعزيز برامجه وعملياته الجيدة.",
          "أطلقوا أنشطة توعية أو حوارات حول أهمية تعلّم الكبار وتعليمهم في مراكز التعلّم المجتمعية، ومع الحكومات المحلية والجمعيات المجتمعية، واربطوا مبادراتكم بالحملة الوطنية والعالمية.",
        ],
      },
      5: {
        title: "على المستوى الوطني، المناصرة من أجل زيادة حضور مشاريع تعلّم الكبار وتعليمهم وتمويلها بطرق تناسب سياقكم",
        body: [
          "ناقشوا مع برلمانييكم فوائد تعلّم الكبار وتعليمهم وأهميته لتحقيق أهداف التنمية المستدامة. وادعوا إلى زيادة ميزانية التعليم غير النظامي ومراكز التعلّم المجتمعية والتعليم والتدريب التقني والمهني وسائر البرامج التي تقدّم تعلّم الكبار وتعليمهم.",
          "أصدروا ورقة موقف بشأن ضرورة الاستثمار في تعلّم الكبار وتعليمهم، ووزّعوها على وزارة التربية والجهات المعنية أثناء إعداد الميزانية الوطنية في بلدكم.",
        ],
      },
      6: {
        title:
          "المشاركة في عمليات اليونسكو في بلدكم ومنطقتكم تمهيدًا للمؤتمر الدولي السابع لتعليم الكبار (كونفينتيا السابع) المقرر عام 2022، لضمان مشاركة قوية للمجتمع المدني في عمليات المؤتمر وبرامجه ونتائجه",
        body: [
          "التقوا باللجنة الوطنية لليونسكو ووزارة التربية للاطلاع على استعدادات بلدكم للمؤتمر وطلب المشاركة فيه.",
          "قدّموا ورقة موقف لمنظمات المجتمع المدني بشأن تعلّم الكبار وتعليمهم وقضايا التربية على المواطنة العالمية إلى الوفود والجهات الحكومية المشاركة في المؤتمر.",
          "تواصلوا مع المجلس الدولي لتعليم الكبار (ICAE) ومع DVV International للمشاركة في المشاورات دون الإقليمية التي ينظمها معهد اليونسكو للتعلّم مدى الحياة (UIL) والمكاتب الإقليمية لليونسكو.",
        ],
      },
      7: {
        title:
          "المساهمة في تشكيل الحملة وبنائها محليًا وإقليميًا ودوليًا من خلال فعاليات مشتركة أو مناسبات مثل الذكرى الأربعين للمجلس الدولي لتعليم الكبار، وتحديد محطات أخرى يمكن للتحالف أن يحشد حولها",
        body: [],
      },
      8: {
        title: "دعم مبادرات المناصرة لتعلّم الكبار وتعليمهم على المستوى الدولي للتأثير في السياسات والتمويل",
        body: [
          "ساعدوا في جهود كسب التأييد المتعلقة بأهداف التنمية المستدامة وخطة عام 2030 من أجل الاعتراف بتعلّم الكبار وتعليمهم.",
        ],
      },
      9: {
        title:
          "من أجل العدالة والرفاه والتغيير، محليًا وعالميًا، العمل معًا كي يكون تعلّم الكبار وتعليمهم مرئيًا ومفهومًا ومقدَّرًا بوصفه أساسيًا لكوكب أكثر صحة وعالم أفضل",
        body: [
          "توجّهوا إلى حكوماتكم والجهات المانحة والقطاع الخاص والمنظمات الدولية والحركات الاجتماعية واحشدوا من أجل تعلّم الكبار وتعليمهم. وشجّعوهم على الاعتراف بأهميته الأساسية للعدالة والرفاه والتغيير!",
        ],
      },
    },
  },
  zh: {
    keyMessages: [
      "We are ALE 联合各组织，让成人学习和教育在世界各地被看见、被理解、被重视",
      "用同一个声音说话，让成人学习和教育被看见、被理解、被重视",
      "成人学习和教育的全球之声",
      "为成人学习和教育联通全球",
      "We are ALE – 为公正、福祉和变革而团结！",
    ],
    actions: {
      1: {
        title: "采用成人学习和教育运动的标志，并将其纳入贵组织的宣传材料",
        body: [
          "在所有宣传材料中将运动标志放在贵组织标志旁边，贵组织就能通过各类媒体和社交媒体提高运动的知名度，并与更广泛的联盟建立联系。",
        ],
      },
      2: {
        title: "在游说、教育和倡导工作中使用我们更广泛、更具包容性的成人学习和教育定义",
        body: ["这一定义由来自世界各地区的 13 个国际协会合作制定。它帮助我们在教育和倡导行动中保持一致、协同的努力。"],
      },
      3: {
        title: "在成人学习和教育运动网站上报名，并鼓励其他组织也这样做",
        body: [
          "在社交媒体和联络工作中使用运动材料，推广成人学习和教育运动。",
          "鼓励附属组织报名，表明对本运动的支持。",
        ],
      },
      4: {
        title: "在地方层面发起新的倡议或扩大现有倡议，为成人学习和教育运动增添价值",
        body: [
          "例如，游说地方政府、捐助方、私营部门和/或民间社会认识到成人学习和教育的价值，并推广优质的成人学习和教育项目和进程。",
          "在社区学习中心就成人学习和教育的重要性开展宣传或对话，与地方政府和社区协会展开讨论，并将您的倡议与国家和全球层面的成人学习和教育运动联系起来。",
        ],
      },
      5: {
        title: "在国家层面，以适合本国国情的方式倡导成人学习和教育，提高成人学习和教育项目的可见度并争取更多资金",
        body: [
          "与议员探讨成人学习和教育的益处及其对实现可持续发展目标的重要性。游说增加对非正规教育、社区学习中心、职业技术教育与培训以及其他成人学习和教育项目的预算。",
          "发表一份关于投资成人学习和教育必要性的立场文件，并在本国编制国家预算期间将其分发给教育部和相关机构。",
        ],
      },
      6: {
        title:
          "参与本国和本地区筹备 2022 年联合国教科文组织第七届国际成人教育大会（CONFINTEA VII）的各项进程，确保民间社会有力地参与大会的进程、议程和成果",
        body: [
          "与联合国教科文组织全国委员会和教育部会面，了解本国为第七届国际成人教育大会所做的准备，并争取参与。",
          "向出席第七届国际成人教育大会的代表和政府机构提交一份关于成人学习和教育以及全球公民教育问题的民间社会组织立场文件。",
          "与国际成人教育理事会（ICAE）和 DVV International 联系，参加由联合国教科文组织终身学习研究所（UIL）和联合国教科文组织各地区办事处组织的第七届国际成人教育大会次区域磋商。",
        ],
      },
      7: {
        title:
          "通过共同活动或国际成人教育理事会成立 40 周年等契机，并通过确定联盟可以围绕其开展动员的其他重要节点，参与在地方、区域和国际层面塑造和建设本运动",
        body: [],
      },
      8: {
        title: "支持国际层面的成人学习和教育倡导行动，以影响政策和资金",
        body: ["协助围绕可持续发展目标和《2030 年议程》开展的游说工作，使成人学习和教育得到认可。"],
      },
      9: {
        title:
          "为了地方和全球的公正、福祉和变革，共同行动，让成人学习和教育作为更健康的地球和更美好的世界的关键而被看见、被理解、被重视",
        body: [
          "向本国政府、捐助方、私营部门、国际组织和社会运动发出呼吁，为成人学习和教育开展动员。鼓励他们认识到成人学习和教育对于公正、福祉和变革的根本重要性！",
        ],
      },
    },
  },
  ru: {
    keyMessages: [
      "We are ALE объединяет организации, чтобы образование и обучение взрослых были заметны, понятны и ценимы во всём мире",
      "Говорим единым голосом, чтобы образование и обучение взрослых были заметны, понятны и ценимы",
      "Глобальный голос в поддержку образования и обучения взрослых",
      "Объединяемся по всему миру ради образования и обучения взрослых",
      "We are ALE — вместе ради справедливости, благополучия и перемен!",
    ],
    actions: {
      1: {
        title: "Примите логотип кампании ООВ и используйте его в коммуникациях своей организации",
        body: [
          "Размещая логотип кампании рядом со своим логотипом во всех коммуникациях, ваша организация рассказывает о кампании во всех СМИ и социальных сетях и связывает себя с более широким альянсом.",
        ],
      },
      2: {
        title:
          "Используйте наше более широкое и инклюзивное определение ООВ в лоббировании, просветительской и правозащитной работе",
        body: [
          "Определение разработано совместно с 13 международными ассоциациями из всех регионов мира. Оно помогает нам действовать последовательно и согласованно в просветительских и правозащитных инициативах.",
        ],
      },
      3: {
        title: "Зарегистрируйтесь на сайте кампании ООВ и призовите других сделать то же самое",
        body: [
          "Используйте материалы кампании в своей работе в социальных сетях и в сетевом взаимодействии, чтобы популяризировать кампанию ООВ.",
          "Призовите аффилированные организации зарегистрироваться и тем самым показать свою поддержку кампании.",
        ],
      },
      4: {
        title: "На местном уровне начните новые или расширьте существующие инициативы, которые усиливают кампанию ООВ",
        body: [
          "Например, добивайтесь того, чтобы местные органы власти, доноры, частный сектор и (или) гражданское общество признали ценность ООВ и продвигали качественные программы и процессы ООВ.",
          "Проводите просветительские мероприятия или диалоги о важности ООВ в своих местных учебных центрах, обсуждения с местными органами власти и общественными объединениями и связывайте свои инициативы с национальной и глобальной кампанией ООВ.",
        ],
      },
      5: {
        title:
          "На национальном уровне выступайте в поддержку ООВ, чтобы повысить заметность и финансирование проектов ООВ способами, подходящими для вашей ситуации",
        body: [
          "Обсудите с депутатами пользу ООВ и его значение для достижения ЦУР. Добивайтесь увеличения бюджета на неформальное образование, местные учебные центры, ТПОП и другие программы ООВ.",
          "Подготовьте позиционный документ о необходимости инвестиций в ООВ и распространите его в министерстве образования и профильных ведомствах во время подготовки национального бюджета вашей страны.",
        ],
      },
      6: {
        title:
          "Участвуйте в процессах ЮНЕСКО в своей стране и регионе в преддверии Седьмой международной конференции ЮНЕСКО по образованию взрослых (КОНФИНТЕА VII), которая пройдёт в 2022 году, чтобы обеспечить активное участие гражданского общества в процессах, программах и итогах конференции",
        body: [
          "Встретьтесь с национальной комиссией по делам ЮНЕСКО и министерством образования, чтобы узнать о подготовке страны к КОНФИНТЕА VII и добиться участия в ней.",
          "Представьте делегатам и государственным органам, участвующим в КОНФИНТЕА VII, позиционный документ организаций гражданского общества (ОГО) об ООВ и вопросах образования в интересах глобальной гражданственности.",
          "Свяжитесь с Международным советом по образованию взрослых (ICAE) и DVV International, чтобы участвовать в субрегиональных консультациях КОНФИНТЕА VII, которые организуют Институт ЮНЕСКО по обучению на протяжении всей жизни (UIL) и региональные бюро ЮНЕСКО.",
        ],
      },
      7: {
        title:
          "Помогайте формировать и развивать кампанию на местном, региональном и международном уровнях через общие мероприятия и такие поводы, как 40-летие ICAE, а также определяя другие важные события, вокруг которых альянс может мобилизоваться",
        body: [],
      },
      8: {
        title:
          "Поддерживайте правозащитные инициативы в пользу ООВ на международном уровне, чтобы влиять на политику и финансирование",
        body: [
          "Помогайте в лоббировании вокруг ЦУР и Повестки дня на период до 2030 года, чтобы добиться признания ООВ.",
        ],
      },
      9: {
        title:
          "Ради справедливости, благополучия и перемен — на местном и глобальном уровнях — действуйте вместе, чтобы ООВ было заметно, понятно и ценимо как важнейшее условие более здоровой планеты и лучшего мира",
        body: [
          "Обращайтесь к своим правительствам, донорам, частному сектору, международным организациям и общественным движениям и мобилизуйтесь в поддержку ООВ. Призывайте их признать фундаментальное значение ООВ для справедливости, благополучия и перемен!",
        ],
      },
    },
  },
};
